import { isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { SourceFormat } from '../load/index.js';
import { sessionIds } from '../model/session-id.js';

/**
 * What {@link addSessionIds} did to a file's text: the new text and the
 * ids written, by session position; `added` is empty when every session
 * already had an id (and `text` is the text unchanged).
 *
 * @example
 * ```ts
 * const edit: SessionIdEdit = { text: 'sessions:\n  - id: s01\n    date: 2027-01-04\n', added: [{ index: 0, id: 's01' }] };
 * ```
 */
export interface SessionIdEdit {
  text: string;
  added: { index: number; id: string }[];
}

/** One piece of text to put in at an offset. */
interface Insertion {
  at: number;
  text: string;
}

/** The offset where the line holding `offset` starts. */
function lineStart(text: string, offset: number): number {
  const nl = text.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

/** A key and its value as the file's format writes them: `id: s01` in YAML, `"id": "s01"` in JSON. */
function idPair(id: string, format: SourceFormat): string {
  return format === 'json' ? `"id": ${JSON.stringify(id)}` : `id: ${id}`;
}

/**
 * Where and what to insert so that a session mapping starts with its id,
 * written the way the mapping around it is: in a block mapping a line of
 * its own at the indentation of the first key; in a flow mapping
 * (`{ date: … }`, and every JSON object) before the first key, on a line
 * of its own when the first key has one.
 */
function insertionFor(map: YAMLMap, id: string, text: string, format: SourceFormat, eol: string): Insertion | undefined {
  const first = map.items[0]?.key as Node | undefined;
  const firstAt = first?.range?.[0];
  if (!map.flow) {
    if (firstAt === undefined) return undefined;
    const indent = firstAt - lineStart(text, firstAt);
    return { at: firstAt, text: `${idPair(id, format)}${eol}${' '.repeat(indent)}` };
  }
  const open = map.range?.[0];
  if (open === undefined || text[open] !== '{') return undefined;
  if (firstAt === undefined) return { at: open + 1, text: ` ${idPair(id, format)} ` };
  const between = text.slice(open + 1, firstAt);
  if (between.includes('\n')) {
    const indent = firstAt - lineStart(text, firstAt);
    return { at: firstAt, text: `${idPair(id, format)},${eol}${' '.repeat(indent)}` };
  }
  return { at: firstAt, text: `${idPair(id, format)}, ` };
}

/**
 * Writes an id into every session of an offering's text that has none:
 * the id its calendar event already has ({@link sessionIds}: `s01`, `s02`,
 * … by position), so publishing the fixed file changes no UID. Only those
 * lines are added: comments, quoting, flow or block style, key order,
 * blank lines and line endings stay exactly as they are, because the
 * `yaml` document API is used to find each session's place in the text,
 * not to write the text again. JSON stays JSON.
 *
 * Undefined when the text has no `sessions` list of mappings to edit or a
 * mapping it cannot place an id in (an anchor, an alias); the caller then
 * writes nothing.
 *
 * @example
 * ```ts
 * addSessionIds('kind: offering\nid: o\nprogram: p\nsessions:\n  - date: 2027-01-04 # Auftakt\n', 'yaml')!.text;
 * // 'kind: offering\nid: o\nprogram: p\nsessions:\n  - id: s01\n    date: 2027-01-04 # Auftakt\n'
 * ```
 */
export function addSessionIds(text: string, format: SourceFormat): SessionIdEdit | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const sessions = doc.contents.get('sessions', true);
  if (sessions === undefined) return { text, added: [] };
  if (!isSeq(sessions)) return undefined;
  const own: { id?: string }[] = [];
  for (const item of sessions.items) {
    if (!isMap(item)) return undefined;
    const id = item.get('id', true);
    own.push(id === undefined ? {} : { id: isScalar(id) ? String(id.value) : '' });
  }
  const ids = sessionIds(own);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const insertions: Insertion[] = [];
  const added: SessionIdEdit['added'] = [];
  for (const [index, item] of sessions.items.entries()) {
    if (own[index]!.id !== undefined) continue;
    const insertion = insertionFor(item as YAMLMap, ids[index]!, text, format, eol);
    if (insertion === undefined) return undefined;
    insertions.push(insertion);
    added.push({ index, id: ids[index]! });
  }
  let out = text;
  for (const { at, text: piece } of insertions.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + piece + out.slice(at);
  return { text: out, added };
}
