import { checkArguments } from '../core/arguments.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { OfferingInput } from '../model/offering.js';
import type { CurriculumDocument, ParseResult } from '../model/parse.js';
import type { ProgramInput } from '../model/program.js';
import type { ValidateOptions } from './options.js';
import { builtinRules } from './rules/index.js';
import { runValidation } from './run-validation.js';

/**
 * What {@link validate} checks: a parse result, or a document as a value
 * (a program or offering object, such as the offering `plan()` returned),
 * which is checked against the schema first as a parsed text would be.
 *
 * @example
 * ```ts
 * import { parseProgram, plan, validate, type ValidateInput } from 'curricula';
 * const program = parseProgram(text);
 * if (program.ok) {
 *   const planned = plan(program.value, { start: '2027-01-04', state: 'BW' });
 *   if (planned.ok) { const inputs: ValidateInput[] = [program, planned.offering]; validate(inputs); }
 * }
 * ```
 */
export type ValidateInput = ParseResult<CurriculumDocument> | CurriculumDocument | ProgramInput | OfferingInput;

/**
 * Checks a set of curriculum documents (programs and offerings, from one
 * or many files) and returns every problem at once, each located by file,
 * line and column, sorted and without duplicates. The load and schema
 * diagnostics of each parse result are included; rules then run on every
 * document the schema accepted. An offering may reference a program in
 * another file of the set. Documents given as values (a program built in
 * code, the offering `plan()` returned) are checked against the schema
 * first; their findings name them `<program id>` or `<offering id>` and
 * carry JSON pointers, but no line and column. Never throws on user input.
 *
 * @example
 * ```ts
 * import { parseDocument, validate } from 'curricula';
 * const program = parseDocument(programText, { filename: 'program.yaml' });
 * const offering = parseDocument(offeringText, { filename: 'offering-2027.yaml' });
 * for (const d of validate([program, offering], { locale: 'de', state: 'BW' })) {
 *   console.log(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} (${d.code})`);
 * }
 * ```
 */
export function validate(documents: ValidateInput | readonly ValidateInput[], options: ValidateOptions = {}): Diagnostic[] {
  checkArguments('validate', [['options', options, 'options']]);
  return runValidation(builtinRules, documents, options);
}
