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

/** The file a path finally names, following symbolic links (also to a file not yet there). */
function linkTarget(path: string, display: string): string {
  let current = path;
  // As many hops as Linux follows before ELOOP.
  for (let hops = 0; hops < 40; hops++) {
    let st;
    try {
      st = lstatSync(current);
    } catch {
      return current;
    }
    if (!st.isSymbolicLink()) return current;
    try {
      current = resolve(dirname(current), readlinkSync(current));
    } catch (error) {
      throw new CliError('cannotWrite', { file: display, reason: describeFsError(error) });
    }
  }
  throw new CliError('cannotWrite', { file: display, reason: { ns: 'cli.fs', id: 'tooManyLinks' } });
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
  const target = overwrite ? linkTarget(path, display) : path;
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
