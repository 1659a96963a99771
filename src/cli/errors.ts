/**
 * A problem with how the command was called or with its surroundings (a
 * missing file, an unreadable config, an unwritable output). It ends the run
 * with exit code 2 and a one-line message; it never shows a stack trace.
 *
 * @example
 * ```ts
 * import { CliError } from './errors.js';
 * throw new CliError("No such file: program.yaml");
 * ```
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** The exit code the run ends with. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * A short, stable reason for a Node.js file-system error ("permission
 * denied"), so that exit-2 messages stay on one line and free of stack
 * traces.
 *
 * @example
 * ```ts
 * import { describeFsError } from './errors.js';
 * describeFsError(Object.assign(new Error('x'), { code: 'EACCES' })); // 'permission denied'
 * ```
 */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EEXIST':
      return 'file exists';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}
