import { CurriculaUsageError } from './errors.js';

/**
 * A value as an error message shows it (Argumentbeschreibung): short, and
 * never throwing, whatever it is. A cyclic object, a huge text or a value
 * whose `toString` throws would otherwise turn a usage error into another
 * error, or into megabytes of message.
 *
 * @example
 * ```ts
 * import { describeValue } from './arguments.js';
 * describeValue(null); // 'null'
 * describeValue('x'.repeat(500)); // '"xxxxxxxx…" (500 characters)'
 * describeValue([1, 2]); // 'an array of 2'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string': {
      const shown = JSON.stringify(value.length > 40 ? value.slice(0, 40) : value);
      return value.length > 40 ? `${shown.slice(0, -1)}…" (${value.length.toLocaleString('en')} characters)` : shown;
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      if (Array.isArray(value)) return `an array of ${value.length.toLocaleString('en')}`;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
      return 'an object';
  }
}

/**
 * The usage error for an argument that is not what a public function takes:
 * the function, the argument and what was wrong, in one line.
 *
 * @example
 * ```ts
 * import { argumentError } from './arguments.js';
 * throw argumentError('toIcs', 'offering', 'an offering (an object with a sessions list)', null);
 * // CurriculaUsageError: toIcs: offering must be an offering (an object with a sessions list), got null
 * ```
 */
export function argumentError(fn: string, name: string, expected: string, value: unknown): CurriculaUsageError {
  return new CurriculaUsageError(`${fn}: ${name} must be ${expected}, got ${describeValue(value)}`);
}

/** An object that is not an array (a document, options, a session). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What a public function takes in one argument position:
 * - `program` / `offering`: a parsed document (an object with `modules`,
 *   or `sessions` whose every entry is an object); `?` also undefined;
 * - `document`: either of them;
 * - `options`: undefined or an object (null is a mistake, not "none");
 * - `text`, `number` (finite), `list`, `record`: as named; `?` also undefined;
 * - `records`: a list of objects; `offerings`: a list of offerings.
 *
 * @example
 * ```ts
 * const kind: ArgumentKind = 'offering';
 * ```
 */
export type ArgumentKind =
  | 'program'
  | 'program?'
  | 'offering'
  | 'offering?'
  | 'document'
  | 'options'
  | 'text'
  | 'text?'
  | 'number'
  | 'number?'
  | 'list'
  | 'records'
  | 'offerings'
  | 'record';

function isProgram(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.modules) && value.modules.every(isRecord);
}

function isOffering(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.sessions) && value.sessions.every(isRecord);
}

const PROGRAM = 'a program (an object whose modules is a list of objects, as parseProgram gives it)';
const OFFERING = 'an offering (an object whose sessions is a list of objects, as parseOffering gives it)';

/** Whether `value` is of `kind`, and if not what was expected. */
function expectation(kind: ArgumentKind, value: unknown): string | undefined {
  const optional = kind.endsWith('?');
  if (optional && value === undefined) return undefined;
  switch (kind) {
    case 'program':
    case 'program?':
      return isProgram(value) ? undefined : optional ? `${PROGRAM} or undefined` : PROGRAM;
    case 'offering':
    case 'offering?':
      return isOffering(value) ? undefined : optional ? `${OFFERING} or undefined` : OFFERING;
    case 'document':
      return (isRecord(value) && value.kind === 'program' && isProgram(value)) || (isRecord(value) && value.kind === 'offering' && isOffering(value))
        ? undefined
        : 'a program or an offering (kind: program with modules, or kind: offering with sessions)';
    case 'options':
      return value === undefined || isRecord(value) ? undefined : 'an object of options, or left out';
    case 'text':
    case 'text?':
      return typeof value === 'string' ? undefined : optional ? 'a text or undefined' : 'a text';
    case 'number':
    case 'number?':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : optional ? 'a finite number or undefined' : 'a finite number';
    case 'list':
      return Array.isArray(value) ? undefined : 'a list';
    case 'records':
      return Array.isArray(value) && value.every(isRecord) ? undefined : 'a list of objects';
    case 'offerings':
      return Array.isArray(value) && value.every(isOffering) ? undefined : `a list of offerings (each ${OFFERING.slice(3)})`;
    case 'record':
      return isRecord(value) ? undefined : 'an object';
  }
}

/**
 * Checks a public function's arguments where they come in, and throws
 * {@link CurriculaUsageError} naming the function, the argument and what
 * was wrong (`toIcs: offering must be an offering …, got null`), instead of
 * a TypeError from deep inside. Cheap: it looks at the shape the function
 * needs (a document's lists), not at every value, which the document's own
 * parse and validation check.
 *
 * @example
 * ```ts
 * import { checkArguments } from './arguments.js';
 * checkArguments('toIcs', [['offering', offering, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
 * ```
 */
export function checkArguments(fn: string, args: readonly (readonly [name: string, value: unknown, kind: ArgumentKind])[]): void {
  for (const [name, value, kind] of args) {
    const expected = expectation(kind, value);
    if (expected !== undefined) throw argumentError(fn, name, expected, value);
  }
}

/**
 * Throws the usage error unless `value` is a text: the one check of the
 * small functions that run in loops (pointers, codes, suggestions), made
 * without building an argument list per call.
 *
 * @example
 * ```ts
 * import { checkText } from './arguments.js';
 * checkText('codeArea', 'code', 'schema/type'); // passes
 * ```
 */
export function checkText(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'string') throw argumentError(fn, name, 'a text', value);
}

/**
 * Throws the usage error unless `value` is an object (not null, not a list),
 * as {@link checkText} does for texts.
 *
 * @example
 * ```ts
 * import { checkRecord } from './arguments.js';
 * checkRecord('topicTitle', 'topic', { title: 'Recht' }); // passes
 * ```
 */
export function checkRecord(fn: string, name: string, value: unknown): void {
  if (!isRecord(value)) throw argumentError(fn, name, 'an object', value);
}

/**
 * Throws the usage error unless `value` is a list, as {@link checkText}
 * does for texts.
 *
 * @example
 * ```ts
 * import { checkList } from './arguments.js';
 * checkList('hasErrors', 'diagnostics', []); // passes
 * ```
 */
export function checkList(fn: string, name: string, value: unknown): void {
  if (!Array.isArray(value)) throw argumentError(fn, name, 'a list', value);
}
