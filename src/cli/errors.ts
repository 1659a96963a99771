import type { Diagnostic, MessageData, Phrase } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { messageFormatter } from '../messages/index.js';
import { cliDe } from './catalog/de.js';
import { cliEn } from './catalog/en.js';
import type { CliDataOf, CliMessageId } from './catalog/types.js';

// The command's texts with the package's catalogs behind them: a message of either may name the other's.
const format = messageFormatter({ en: cliEn, de: cliDe });

/**
 * A message of the command (`cli` namespace of the catalogs) as a phrase:
 * what its errors and status lines say, rendered in the run's language
 * where they are printed.
 *
 * @example
 * ```ts
 * import { cliText } from './errors.js';
 * cliText('en', cliPhrase('noSuchFile', { file: 'a.yaml' })); // 'No such file: a.yaml'
 * ```
 */
export function cliPhrase<M extends CliMessageId<'cli'>>(id: M, data: CliDataOf<'cli', M>): Phrase {
  return { ns: 'cli', id, data: data as MessageData };
}

/**
 * A phrase of the catalogs in a language (its id when the catalogs lack it,
 * which the command's own never do).
 *
 * @example
 * ```ts
 * import { cliText } from './errors.js';
 * cliText('de', { ns: 'cli', id: 'noWeekdays' }); // '--weekdays braucht mindestens einen Tag, z. B. mon-fri'
 * ```
 */
export function cliText(locale: Locale, phrase: Phrase): string {
  const ns = phrase.ns ?? 'cli';
  return format(locale, ns, phrase.id, phrase.data ?? {}) ?? `${ns}#${phrase.id}`;
}

/**
 * A problem with how the command was called or with its surroundings (a
 * missing file, an unreadable config, an unwritable output). It ends the run
 * with exit code 2 and a one-line message; it never shows a stack trace.
 * The message is a phrase of the catalogs, printed in the run's language;
 * `message` holds its English text (for `--debug` and for callers that
 * catch it).
 *
 * @example
 * ```ts
 * import { CliError } from './errors.js';
 * throw new CliError('noSuchFile', { file: 'program.yaml' });
 * ```
 */
export class CliError<M extends CliMessageId<'cli'> = CliMessageId<'cli'>> extends Error {
  override readonly name = 'CliError';
  /** The exit code the run ends with. */
  readonly exitCode: number;
  /** What to say, in any language. */
  readonly phrase: Phrase;
  /**
   * The located finding behind the error, when there is one (a config
   * file's problem at its line and column): the reports written on a usage
   * error carry it instead of a `usage` finding.
   */
  diagnostic: Diagnostic | undefined;

  constructor(id: M, data: CliDataOf<'cli', M>, exitCode = 2) {
    const phrase = cliPhrase(id, data);
    super(cliText('en', phrase));
    this.phrase = phrase;
    this.exitCode = exitCode;
    this.diagnostic = undefined;
  }

  /** The message in a language. */
  text(locale: Locale): string {
    return cliText(locale, this.phrase);
  }
}

/**
 * A short, stable reason for a Node.js file-system error ("permission
 * denied"), a phrase of the `cli.fs` messages, so that exit-2 messages stay
 * on one line and free of stack traces.
 *
 * @example
 * ```ts
 * import { describeFsError } from './errors.js';
 * describeFsError(Object.assign(new Error('x'), { code: 'EACCES' })); // { ns: 'cli.fs', id: 'permissionDenied' }
 * ```
 */
export function describeFsError(error: unknown): Phrase {
  const code = (error as { code?: unknown } | null)?.code;
  const fs = (id: string): Phrase => ({ ns: 'cli.fs', id });
  switch (code) {
    case 'ENOENT':
      return fs('noSuchFile');
    case 'EACCES':
    case 'EPERM':
      return fs('permissionDenied');
    case 'EISDIR':
      return fs('isDirectory');
    case 'ENOTDIR':
      return fs('notDirectory');
    case 'EROFS':
      return fs('readOnly');
    case 'ENOSPC':
      return fs('noSpace');
    case 'EEXIST':
      return fs('exists');
    case 'ELOOP':
      return fs('tooManyLinks');
    case 'ENAMETOOLONG':
      return fs('nameTooLong');
    case 'EPIPE':
      return fs('closedPipe');
    default:
      return { ns: 'cli.fs', id: 'other', data: { detail: error instanceof Error ? error.message.split('\n')[0]! : String(error) } };
  }
}
