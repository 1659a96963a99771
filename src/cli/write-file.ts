import { closeSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError, describeFsError } from './errors.js';

/** Temporary files not yet renamed into place; removed if the process is interrupted. */
const pending = new Set<string>();
let cleanupInstalled = false;

function removePending(): void {
  for (const file of pending) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  pending.clear();
}

function installCleanup(): void {
  if (cleanupInstalled || typeof process === 'undefined') return;
  cleanupInstalled = true;
  process.on('exit', removePending);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removePending();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * A path that stands for a descriptor the process already has open:
 * `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`. Writing
 * to that descriptor is what the shell set up (`--out /dev/stdout >> f`
 * appends to `f`); following the link to `f` and replacing it would throw
 * away what was there.
 */
function descriptorOf(path: string): number | undefined {
  if (path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const m = /^(?:\/dev\/fd|\/proc\/self\/fd|\/proc\/thread-self\/fd)\/(\d{1,9})$/.exec(path);
  return m === null ? undefined : Number(m[1]);
}

/** Where the text goes: a descriptor already open, or the file a path finally names. */
type Target = { fd: number } | { path: string };

/** The file a path finally names, following symbolic links (also to a file not yet there), or the open descriptor it stands for. */
function linkTarget(path: string, display: string): Target {
  let current = path;
  // As many hops as Linux follows before ELOOP.
  for (let hops = 0; hops < 40; hops++) {
    const fd = typeof process !== 'undefined' && process.platform !== 'win32' ? descriptorOf(current) : undefined;
    if (fd !== undefined) return { fd };
    let st;
    try {
      st = lstatSync(current);
    } catch {
      return { path: current };
    }
    if (!st.isSymbolicLink()) return { path: current };
    try {
      current = resolve(dirname(current), readlinkSync(current));
    } catch (error) {
      throw new CliError('cannotWrite', { file: display, reason: describeFsError(error) });
    }
  }
  throw new CliError('cannotWrite', { file: display, reason: { ns: 'cli.fs', id: 'tooManyLinks' } });
}

/** Writes all of `data` to an open descriptor (a pipe may take it in parts). */
function writeAll(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += writeSync(fd, data, offset, data.length - offset);
    } catch (error) {
      // A non-blocking pipe that is full for the moment: wait for the reader.
      if ((error as { code?: string }).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/**
 * Writes to something that is not a regular file, directly: a descriptor
 * the process has open (`/dev/stdout`), a device (`/dev/null`), a FIFO, a
 * terminal. A temporary file renamed over a device would replace the
 * device with a regular file (as root, `/dev/null` itself), and there is
 * nothing half-written to protect: a stream has no old content to keep.
 */
function writeDirect(target: Target, data: Buffer, display: string): void {
  try {
    if ('fd' in target) {
      writeAll(target.fd, data);
      return;
    }
    // No O_TRUNC or O_CREAT matters here: the target exists and is no regular file.
    const fd = openSync(target.path, 'w');
    try {
      writeAll(fd, data);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new CliError('cannotWrite', { file: display, reason: describeFsError(error) });
  }
}

/**
 * Writes a file atomically: the text goes to a temporary file in the same
 * folder, is flushed, then renamed over the target. An interrupted or
 * failed run never leaves a half-written file, and the target is untouched
 * until the new content is complete.
 *
 * A symbolic link is written through: the file it points to gets the new
 * text (atomically, in that file's folder) and the link stays.
 *
 * Only regular files are renamed into place. A target that exists and is
 * something else (a device such as `/dev/null`, a FIFO, a terminal) is
 * written directly, and a path that names a descriptor the process has
 * open (`/dev/stdout`, `/dev/fd/N`) is written through that descriptor,
 * so `--out /dev/stdout >> log` appends as the shell asked.
 *
 * With `overwrite: false` an existing target is never replaced (the final
 * step is a hard link, which fails atomically when the name exists).
 * `createFolders` makes missing parent folders first (report files such
 * as `reports/curricula.sarif`, as ESLint does for `--output-file`).
 * Failures become a {@link CliError} (exit 2) naming the file.
 *
 * @example
 * ```ts
 * import { writeFileAtomic } from './write-file.js';
 * writeFileAtomic('out/plan.ics', ics);
 * writeFileAtomic('program.yaml', starter, { overwrite: false });
 * ```
 */
export function writeFileAtomic(
  path: string,
  text: string,
  options: { overwrite?: boolean; display?: string; createFolders?: boolean } = {},
): void {
  const display = options.display ?? path;
  const overwrite = options.overwrite ?? true;
  // Renaming over a symbolic link would replace the link; the new text belongs in the file it points to.
  const resolved = overwrite ? linkTarget(path, display) : { path };
  if ('fd' in resolved) {
    writeDirect(resolved, Buffer.from(text, 'utf8'), display);
    return;
  }
  const target = resolved.path;
  if (overwrite) {
    let special = false;
    try {
      const st = statSync(target);
      special = !st.isFile() && !st.isDirectory();
    } catch {
      // Not there yet: a new regular file, written atomically below.
    }
    if (special) {
      writeDirect({ path: target }, Buffer.from(text, 'utf8'), display);
      return;
    }
  }
  if (options.createFolders) {
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      throw new CliError('cannotWrite', { file: display, reason: describeFsError(error) });
    }
  }
  installCleanup();
  let mode = 0o666;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new CliError('cannotWrite', { file: display, reason: { ns: 'cli.fs', id: 'isDirectory' } });
    if (!overwrite) throw new CliError('exists', { file: display });
    mode = st.mode & 0o777;
  } catch (error) {
    if (error instanceof CliError) throw error;
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    pending.add(tmp);
    const data = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (overwrite) {
      renameSync(tmp, target);
    } else {
      try {
        linkSync(tmp, target);
      } catch (error) {
        if ((error as { code?: string }).code === 'EEXIST') throw new CliError('exists', { file: display });
        // File systems without hard links: a check-then-rename is the best left.
        try {
          statSync(target);
          throw new CliError('exists', { file: display });
        } catch (statError) {
          if (statError instanceof CliError) throw statError;
        }
        renameSync(tmp, target);
      }
      try {
        unlinkSync(tmp);
      } catch {
        // Renamed above: no temporary file left.
      }
    }
    pending.delete(tmp);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a failed descriptor: nothing more to do.
      }
    }
    if (pending.has(tmp)) {
      try {
        unlinkSync(tmp);
      } catch {
        // Never created or already removed.
      }
      pending.delete(tmp);
    }
    if (error instanceof CliError) throw error;
    throw new CliError('cannotWrite', { file: display, reason: describeFsError(error) });
  }
}
