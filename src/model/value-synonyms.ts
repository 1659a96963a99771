import { didYouMean } from '../core/did-you-mean.js';
import { timeUnitOfWord } from '../duration/time-unit.js';
import { FEDERAL_STATES, federalStateGuess } from './federal-state.js';

/**
 * Words German documents write where the format has an English value, and
 * English variants of them, each to the value it means (matched without
 * case, spaces, dots and hyphens, umlauts spelt out): `abgesagt` and
 * `ausgefallen` mean `cancelled`, `n.V.` means `to-be-agreed`. Time units
 * come from the duration layer's spellings (`Std.` is `h`, `UStd.` is
 * `UE`, `Lerneinheiten` is `LE`).
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  // session status
  cancelled: ['abgesagt', 'ausgefallen', 'fällt aus', 'entfällt', 'entfallen', 'storniert', 'canceled', 'cancel'],
  scheduled: ['geplant', 'fest', 'festgelegt', 'terminiert', 'bestätigt', 'findet statt', 'planned', 'confirmed', 'fixed'],
  'to-be-agreed': ['offen', 'noch offen', 'tba', 'tbd', 'tbc', 'n.V.', 'nach Vereinbarung', 'zu vereinbaren', 'to be agreed', 'open'],
  // delivery modes
  'in-person': ['Präsenz', 'Präsenzveranstaltung', 'vor Ort', 'in person', 'on site', 'onsite', 'face to face'],
  online: ['digital', 'virtuell', 'Video', 'Videokonferenz', 'remote'],
  phone: ['Telefon', 'telefonisch', 'telephone'],
  // document kinds
  program: ['Weiterbildung', 'Fortbildung', 'Lehrgang', 'Qualifizierungsprogramm', 'Curriculum'],
  offering: ['offer', 'Angebot', 'Durchführung', 'Kursdurchführung'],
};

function normalize(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[\s.\-_]+/g, '');
}

const BY_WORD: ReadonlyMap<string, string> = new Map(
  Object.entries(SYNONYMS).flatMap(([value, words]) => words.map((word) => [normalize(word), value] as const)),
);

/**
 * The allowed value a written one most likely means: a German word or an
 * English variant for one of the allowed values (`abgesagt` for
 * `cancelled`, `Zeitstunden` for `h`), a federal state by name, else a
 * near miss (`canceld`). Undefined when nothing fits.
 *
 * @example
 * ```ts
 * meantValue('abgesagt', ['scheduled', 'cancelled', 'to-be-agreed']); // 'cancelled'
 * meantValue('Stunden', ['UE', 'LE', 'h', 'min']); // 'h'
 * meantValue('n.V.', ['scheduled', 'cancelled', 'to-be-agreed']); // 'to-be-agreed'
 * ```
 */
export function meantValue(written: string, allowed: readonly string[]): string | undefined {
  const synonym = BY_WORD.get(normalize(written));
  if (synonym !== undefined && allowed.includes(synonym)) return synonym;
  const unit = allowed.includes('UE') ? timeUnitOfWord(written) : undefined;
  if (unit !== undefined && allowed.includes(unit)) return unit;
  if (allowed.length === FEDERAL_STATES.length && FEDERAL_STATES.every((state) => allowed.includes(state))) return federalStateGuess(written);
  return didYouMean(written, allowed);
}
