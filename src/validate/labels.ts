import type { Bilingual } from '../core/locale.js';
import type { SessionInfo } from './offering-analysis.js';

/** "session 3 (2027-01-29)", or the session's id when it has one. */
export function sessionLabel(info: SessionInfo): Bilingual {
  const s = info.session;
  const date = typeof s.date === 'string' ? ` (${s.date})` : '';
  if (typeof s.id === 'string') return { en: `session "${s.id}"${date}`, de: `Termin „${s.id}“${date}` };
  return { en: `session ${info.index + 1}${date}`, de: `Termin ${info.index + 1}${date}` };
}
