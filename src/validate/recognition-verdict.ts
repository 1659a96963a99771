import { checkArguments } from '../core/arguments.js';
import { START_OF_TEXT, hasErrors, type Diagnostic, type LocalizedName } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { Offering } from '../model/offering.js';
import type { CurriculumDocument, ParseResult } from '../model/parse.js';
import type { Program } from '../model/program.js';
import type { CustomProfile } from '../recognition/profile.js';
import { resolveProfile } from '../recognition/resolve.js';
import { OPTIONS_FILE } from './options.js';
import { recognitionRules } from './rules/recognition.js';
import { runValidation } from './run-validation.js';

/**
 * Whether an offering qualifies for one recognition: the profile's id, how
 * messages name it (undefined for a profile that does not exist), the
 * version of its rules the offering was checked against, and the findings
 * of the `recognition/` rules (and of the profile id itself, when it is
 * unknown). `qualifies` is true when none of them is an error.
 *
 * @example
 * ```ts
 * import { recognitionVerdicts, type RecognitionVerdict } from 'curricula';
 * const [he]: RecognitionVerdict[] = recognitionVerdicts(offering, program, { profiles: ['bildungsurlaub/HE'] });
 * he.qualifies; // true
 * ```
 */
export interface RecognitionVerdict {
  profile: string;
  name: LocalizedName | undefined;
  /** The claim's recognition number, when the offering or program gives one. */
  number: string | undefined;
  /** The version of the rules used: in force from (and to), and the law's abbreviation. */
  validFrom: string | undefined;
  validTo: string | undefined;
  law: string | undefined;
  qualifies: boolean;
  findings: Diagnostic[];
}

/**
 * Options of {@link recognitionVerdicts}.
 *
 * @example
 * ```ts
 * import type { RecognitionVerdictOptions } from 'curricula';
 * const options: RecognitionVerdictOptions = { profiles: ['bildungsurlaub/NI'], locale: 'de' };
 * ```
 */
export interface RecognitionVerdictOptions {
  /** Profiles to check besides the ones the offering and its program claim. */
  profiles?: readonly string[] | undefined;
  /** Profiles of one's own (the config file's `profiles`). */
  customProfiles?: readonly CustomProfile[] | undefined;
  /** Language of the findings (default English). */
  locale?: Locale | undefined;
}

/** A document given as a value, for validate(): no text, so every finding sits at the start. */
function documentOf<T extends CurriculumDocument>(value: T, file: string): ParseResult<CurriculumDocument> {
  return { ok: true, file, value, diagnostics: [], sourceMap: { locate: () => ({ ...START_OF_TEXT }) } };
}

/**
 * The verdict on each recognition an offering claims (its own
 * `recognitions`, then its program's, then `options.profiles`): the
 * `recognition/` rules run on the offering and its program against that
 * one profile, in force on the offering's first day, as
 * `validate(…, { profiles: [id] })` would. Each profile is checked on its
 * own, so every verdict has exactly its own findings. Documents are taken
 * as values (findings point into them by JSON pointer, at line 1).
 *
 * @example
 * ```ts
 * import { recognitionVerdicts } from 'curricula';
 * for (const v of recognitionVerdicts(offering, program, { locale: 'de' })) {
 *   console.log(v.profile, v.qualifies ? 'erfüllt' : 'erfüllt nicht', v.findings.map((d) => d.message));
 * }
 * ```
 */
export function recognitionVerdicts(offering: Offering, program: Program | undefined, options: RecognitionVerdictOptions = {}): RecognitionVerdict[] {
  checkArguments('recognitionVerdicts', [['offering', offering, 'offering'], ['program', program, 'program?'], ['options', options, 'options']]);
  const numbers = new Map<string, string | undefined>();
  const add = (id: string, number: string | undefined) => {
    if (!numbers.has(id) || (numbers.get(id) === undefined && number !== undefined)) numbers.set(id, number);
  };
  for (const claim of offering.recognitions ?? []) add(claim.profile, claim.number);
  for (const claim of program?.recognitions ?? []) add(claim.profile, claim.number);
  for (const id of options.profiles ?? []) add(id, undefined);
  // The documents without their claims: each profile is checked alone.
  const { recognitions: _o, ...bareOffering } = offering;
  const docs: ParseResult<CurriculumDocument>[] = [documentOf(bareOffering as Offering, '<offering>')];
  if (program !== undefined) {
    const { recognitions: _p, ...bareProgram } = program;
    docs.push(documentOf(bareProgram as Program, '<program>'));
  }
  const date = offering.start ?? firstDate(offering) ?? '9999-12-31';
  return [...numbers].map(([id, number]) => {
    // Only the recognition rules run: the verdict is about the recognition only.
    const findings = runValidation(recognitionRules, docs, {
      profiles: [id],
      customProfiles: options.customProfiles ?? [],
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
    }).filter((d) => d.code.startsWith('recognition/') || d.file === OPTIONS_FILE);
    const r = resolveProfile(id, date, options.customProfiles ?? []);
    const profile = r.ok ? r.profile : undefined;
    return {
      profile: id,
      name: profile === undefined ? undefined : { name: profile.name.de, nameEn: profile.name.en },
      number,
      validFrom: profile?.validFrom,
      validTo: profile?.validTo,
      law: profile?.source.short,
      qualifies: r.ok && !hasErrors(findings),
      findings,
    };
  });
}

function firstDate(offering: Offering): string | undefined {
  let first: string | undefined;
  for (const s of offering.sessions ?? []) {
    if (s.status === 'scheduled' && typeof s.date === 'string' && (first === undefined || s.date < first)) first = s.date;
  }
  return first;
}
