import type { Phrase } from '../core/diagnostic.js';
import type { SessionInfo } from './offering-analysis.js';

/**
 * How a message names a session: "session 3 (2027-01-29)", or by its id
 * when it has one ("Termin 3 (29.01.2027)" in German), as a phrase of the
 * `validate.session` messages; `start` for the beginning of a sentence.
 */
export function sessionLabel(info: SessionInfo, start = false): Phrase {
  const s = info.session;
  const dated = typeof s.date === 'string';
  const suffix = start ? 'Start' : '';
  if (typeof s.id === 'string') {
    return dated
      ? { ns: 'validate.session', id: `namedDated${suffix}`, data: { id: s.id, date: s.date! } }
      : { ns: 'validate.session', id: `named${suffix}`, data: { id: s.id } };
  }
  return dated
    ? { ns: 'validate.session', id: `numberedDated${suffix}`, data: { index: info.index + 1, date: s.date! } }
    : { ns: 'validate.session', id: `numbered${suffix}`, data: { index: info.index + 1 } };
}
