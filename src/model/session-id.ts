import { checkArguments } from '../core/arguments.js';
/**
 * The id a session is known by (Terminkennung): its own `id`, or, for a
 * session without one, an id from its position: `s01` for the first
 * session, `s02` for the second, … (at least two digits, as `plan()`
 * numbers the sessions it makes). When another session's own id already
 * is that name, `-2`, `-3`, … is added, so no two sessions share one.
 *
 * Calendar UIDs are made from it (`<offering>/<session id>@<domain>`), and
 * `curricula fix --add-session-ids` writes exactly these ids into a file,
 * so that fixing a file changes none of its events' UIDs. A positional id
 * moves when a session is inserted or removed before it: that is what the
 * `offering/session-ids` finding warns of.
 *
 * @example
 * ```ts
 * import { sessionIds } from 'curricula';
 * sessionIds([{ id: 'auftakt' }, {}, { id: 's02' }]); // ['auftakt', 's02-2', 's02']
 * ```
 */
export function sessionIds(sessions: readonly { readonly id?: string | undefined }[]): string[] {
  checkArguments('sessionIds', [['sessions', sessions, 'records']]);
  const own = new Set<string>();
  for (const s of sessions) if (s.id !== undefined) own.add(s.id);
  const used = new Set<string>();
  return sessions.map((s, index) => {
    if (s.id !== undefined) return s.id;
    const base = positionalSessionId(index);
    let id = base;
    for (let k = 2; own.has(id) || used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  });
}

/**
 * The id of the session at a position (0-based) when it has none of its own
 * and no other session's id is the same: `s01`, `s02`, …, `s100`.
 *
 * @example
 * ```ts
 * import { positionalSessionId } from 'curricula';
 * positionalSessionId(0);  // 's01'
 * positionalSessionId(99); // 's100'
 * ```
 */
export function positionalSessionId(index: number): string {
  checkArguments('positionalSessionId', [['index', index, 'number']]);
  return `s${String(index + 1).padStart(2, '0')}`;
}
