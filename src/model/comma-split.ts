/**
 * A value a comma split in a YAML flow mapping: `{ id: a, hours: 2,5 }`
 * reads as `hours: 2` and a key `5`; `{ title: Recht, Aufsicht und
 * Haftung }` as `title: Recht` and a key `Aufsicht und Haftung`. The
 * author meant one value with a comma in it (a German decimal comma, or
 * a sentence), which quotes keep whole.
 */
export interface CommaSplit {
  /** The key whose value was cut short (`hours`). */
  key: string;
  /** What YAML kept as the value, as text (`2`; `Recht`). */
  start: string;
  /** The keys the rest became, in order (`5`; `Aufsicht und Haftung`). */
  rest: string[];
  /** The value as the author most likely wrote it: `2,5`, `Recht, Aufsicht und Haftung`. */
  written: string;
}

const DIGITS = /^\d+$/;

/**
 * Whether an unknown key of a mapping is the rest of a text cut at a
 * comma, and if so the whole split: the key holds nothing (`null`, as a
 * key without a value reads) and follows, in the mapping's order, a key
 * with a text value, directly or after other such keys; no piece is a
 * number or `isKeyLike` (a key the schema knows there, or a near miss of
 * one: `titel` is a misspelt key, not the rest of a sentence).
 *
 * @example
 * ```ts
 * textSplit({ id: 'r', title: 'Recht', 'Aufsicht und Haftung': null }, 'Aufsicht und Haftung', () => false);
 * // { key: 'title', start: 'Recht', rest: ['Aufsicht und Haftung'], written: 'Recht, Aufsicht und Haftung' }
 * ```
 */
export function textSplit(record: Readonly<Record<string, unknown>>, unknownKey: string, isKeyLike: (key: string) => boolean): CommaSplit | undefined {
  if (record[unknownKey] !== null || DIGITS.test(unknownKey)) return undefined;
  const keys = Object.keys(record);
  const at = keys.indexOf(unknownKey);
  // Back over the other pieces of the same text to the key that holds its start.
  let anchor = at - 1;
  while (anchor >= 0 && record[keys[anchor]!] === null) anchor--;
  if (anchor < 0) return undefined;
  const key = keys[anchor]!;
  const start = record[key];
  if (typeof start !== 'string') return undefined;
  // Forward over every piece: `{ title: a, b, c }` is one text.
  let end = anchor + 1;
  while (end < keys.length && record[keys[end]!] === null) end++;
  const rest = keys.slice(anchor + 1, end);
  if (rest.some((piece) => DIGITS.test(piece) || isKeyLike(piece))) return undefined;
  return { key, start, rest, written: [start, ...rest].join(', ') };
}

/**
 * Whether an unknown key may be the decimals of a number cut at a decimal
 * comma (`hours: 2,5` in `{ … }` reads as `hours: 2` and a key `5`): digits
 * without a value, in a mapping with a whole number. Which key held that
 * number only the text can tell when there are several (JavaScript lists
 * keys of digits first, not in the text's order): the key, or `undefined`
 * when it is not unique.
 *
 * @example
 * ```ts
 * decimalComma({ id: 'a', hours: 2, '5': null }, '5'); // { anchor: 'hours' }
 * decimalComma({ hours: 2, days: 1, '5': null }, '5'); // { anchor: undefined }
 * decimalComma({ hours: 2, titel: null }, 'titel'); // undefined
 * ```
 */
export function decimalComma(record: Readonly<Record<string, unknown>>, unknownKey: string): { anchor: string | undefined } | undefined {
  if (record[unknownKey] !== null || !DIGITS.test(unknownKey)) return undefined;
  const anchors = Object.keys(record).filter((key) => !DIGITS.test(key) && Number.isSafeInteger(record[key]) && (record[key] as number) >= 0);
  if (anchors.length === 0) return undefined;
  return { anchor: anchors.length === 1 ? anchors[0] : undefined };
}

/**
 * A key and a number cut at a decimal comma, read from the text just
 * before where the decimals became a key: `hours: 2,` before `5`.
 *
 * @example
 * ```ts
 * numberBeforeComma('{ id: a, hours: 2,'); // { key: 'hours', start: '2' }
 * ```
 */
export function numberBeforeComma(before: string): { key: string; start: string } | undefined {
  const m = /(?:^|[{,\s])["']?([^\s{},:#"']+)["']?[ \t]*:[ \t]*(\d+)[ \t]*,[ \t]*$/.exec(before.slice(-300));
  return m === null ? undefined : { key: m[1]!, start: m[2]! };
}

/**
 * The value quoted so YAML keeps it whole, as the author would write it:
 * `hours: "2,5"`.
 *
 * @example
 * ```ts
 * quotedPair('hours', '2,5'); // 'hours: "2,5"'
 * ```
 */
export function quotedPair(key: string, written: string): string {
  const text = written.includes('"') ? `'${written.replace(/'/g, "''")}'` : `"${written}"`;
  return `${key}: ${text}`;
}
