/**
 * The SEQUENCE of every event in calendar text (ICS), by UID, the highest
 * when a UID appears more than once: what clients that received the file
 * hold. Lines are unfolded first (RFC 5545 §3.1); a UID's escapes are
 * undone as `toIcs` writes them. Undefined when the text has no VEVENT
 * with a UID.
 *
 * @example
 * ```ts
 * publishedSequences('BEGIN:VEVENT\r\nUID:kurs/s01@curricula\r\nSEQUENCE:2\r\nEND:VEVENT\r\n'); // { 'kurs/s01@curricula': 2 }
 * ```
 */
export function publishedSequences(text: string): Record<string, number> | undefined {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: Record<string, number> = {};
  let found = false;
  let uid: string | undefined;
  let sequence = 0;
  let inEvent = false;
  for (const line of lines) {
    const upper = line.toUpperCase();
    if (upper === 'BEGIN:VEVENT') {
      inEvent = true;
      uid = undefined;
      sequence = 0;
    } else if (upper === 'END:VEVENT' && inEvent) {
      inEvent = false;
      if (uid !== undefined) {
        found = true;
        out[uid] = Math.max(out[uid] ?? 0, sequence);
      }
    } else if (inEvent) {
      const m = /^(UID|SEQUENCE)(?:;[^:]*)?:(.*)$/i.exec(line);
      if (m === null) continue;
      if (m[1]!.toUpperCase() === 'UID') uid = m[2]!.replace(/\\([\\;,])/g, '$1');
      else if (/^\d+$/.test(m[2]!.trim())) sequence = Number(m[2]!.trim());
    }
  }
  return found ? out : undefined;
}
