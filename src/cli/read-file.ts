import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CliError, describeFsError } from './errors.js';

/**
 * What reading a file up to a size limit gave: its bytes, or that it holds
 * more than the limit. `size` is the file's size when the file system knows
 * it (a regular file); a device, FIFO or pipe (`/dev/zero`, `/dev/stdin`)
 * has none, and only `more than the limit` is known.
 *
 * @example
 * ```ts
 * const read: LimitedRead = readLimited('program.yaml', 8 * 1024 * 1024);
 * if (!read.ok) console.error(`more than 8 MiB (${read.size ?? 'a stream'})`);
 * ```
 */
export type LimitedRead = { ok: true; bytes: Buffer } | { ok: false; size: number | undefined };

/** Bytes asked of a stream, or of a regular file past the size it had when opened, at a time. */
const CHUNK = 64 * 1024;

/** Waits a little for a non-blocking stream that has nothing yet (EAGAIN). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads a file, but never more than `maxBytes + 1` bytes: every read the
 * command makes goes through here, so a device that never ends
 * (`/dev/zero`, `/dev/urandom`), a FIFO or a pipe on stdin fed by `yes`
 * stops at the limit instead of filling the memory. A regular file larger
 * than the limit is not read at all. Reads in chunks with `readSync`, so
 * it works the same on files, devices, FIFOs and terminals; a
 * non-blocking pipe (EAGAIN) is waited for. File system errors (ENOENT,
 * EISDIR, ELOOP …) are thrown as Node gives them.
 *
 * @example
 * ```ts
 * import { readLimited } from './read-file.js';
 * readLimited('/dev/zero', 1024); // { ok: false, size: undefined }
 * readLimited('program.yaml', 8 * 1024 * 1024); // { ok: true, bytes: <Buffer …> }
 * ```
 */
export function readLimited(path: string, maxBytes: number): LimitedRead {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
    const regular = st.isFile();
    if (regular && st.size > maxBytes) return { ok: false, size: st.size };
    const chunks: Buffer[] = [];
    let total = 0;
    let waited = 0;
    for (;;) {
      const room = maxBytes + 1 - total;
      if (room <= 0) return { ok: false, size: regular ? Math.max(total, st.size) : undefined };
      // A regular file is asked for what its size says is left plus one byte, to notice growth: its
      // bytes in one read, then a one-byte read that finds the end (it asked for a whole chunk
      // before: 64 KB allocated per file to read nothing, half the cost of reading a small file).
      const buffer = Buffer.allocUnsafe(Math.min(room, regular && total <= st.size ? st.size - total + 1 : CHUNK));
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as { code?: string }).code !== 'EAGAIN') throw error;
        // Nothing to read yet from a non-blocking stream; back off up to 50 ms a try.
        pause(Math.min(50, 1 + waited++));
        continue;
      }
      if (n === 0) break;
      waited = 0;
      chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
      total += n;
    }
    if (total > maxBytes) return { ok: false, size: regular ? total : undefined };
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

/**
 * A whole file the command needs besides the documents (a list of
 * published sequences, an offering to fix), read as {@link readLimited}
 * reads, never more than `maxBytes`. Every failure is a {@link CliError}
 * (exit 2) naming the file as the user wrote it: missing, unreadable, or
 * larger than the limit (a device such as `/dev/zero` too).
 *
 * @example
 * ```ts
 * import { readWholeFile } from './read-file.js';
 * readWholeFile('/abs/published.json', 'published.json', 8 * 1024 * 1024); // <Buffer …>
 * readWholeFile('/dev/zero', '/dev/zero', 1024); // throws: larger than 1 KiB
 * ```
 */
export function readWholeFile(path: string, shown: string, maxBytes: number): Buffer {
  let read: LimitedRead;
  try {
    read = readLimited(path, maxBytes);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new CliError('noSuchFile', { file: shown });
    throw new CliError('cannotRead', { file: shown, reason: describeFsError(error) });
  }
  if (!read.ok) throw new CliError('cannotRead', { file: shown, reason: { ns: 'cli.fs', id: 'tooLarge', data: { limit: maxBytes } } });
  return read.bytes;
}
