import { argumentError, checkText } from './arguments.js';
// Rows of the distance table, reused by every call: a document with thousands of unknown ids asks
// for thousands of suggestions, and arrays allocated per comparison made that garbage-bound.
let before = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Optimal string alignment distance, cut off above `max`: like Levenshtein,
 * but swapping two neighbouring letters ("titel" for "title") is one edit,
 * the commonest typo there is.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > prev.length) {
    const size = 2 * (b.length + 1);
    before = new Int32Array(size);
    prev = new Int32Array(size);
    cur = new Int32Array(size);
  }
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length]!;
}

/** Which of 32 character classes a text uses: two texts `d` edits apart differ in at most 2·d classes. */
function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface Candidate {
  readonly text: string;
  readonly lower: string;
  readonly mask: number;
}

/** Lists at most this long are compared in full; longer ones go through the index first. */
const SMALL = 64;

/**
 * How many candidates one suggestion compares at most when nothing lies one
 * edit away. Beyond that the best found so far is the answer: a did-you-mean
 * is a hint, and a document with 20,000 unknown ids among 20,000 known ones
 * must not take minutes.
 */
const MAX_COMPARISONS = 1_000;

/**
 * How many candidates of a reachable length one suggestion looks at in all,
 * compared or ruled out by their letters: the cheap test still reads every
 * candidate, and 20,000 unknown ids among 20,000 known ones would be
 * 400 million of them (16 s).
 */
const MAX_EXAMINED = 2_000;

/**
 * Candidates by length (only those a few edits could reach are compared)
 * and, for long lists, by their one-letter deletions: two texts one edit
 * apart share a deletion or one is a deletion of the other, so the likeliest
 * typos are found by lookup instead of a scan (SymSpell's idea, for one edit).
 */
class CandidateIndex {
  readonly byLength = new Map<number, Candidate[]>();
  readonly size: number;
  private deletions: Map<string, Candidate[]> | undefined;

  constructor(candidates: Iterable<string>) {
    let size = 0;
    for (const text of candidates) {
      if (typeof text !== 'string') continue;
      const lower = text.toLowerCase();
      let list = this.byLength.get(lower.length);
      if (list === undefined) this.byLength.set(lower.length, (list = []));
      list.push({ text, lower, mask: charMask(lower) });
      size++;
    }
    this.size = size;
  }

  /** Candidates that are the text itself (case-insensitively), one of its deletions, or share a deletion with it. */
  near(lower: string): Set<Candidate> {
    const deletions = (this.deletions ??= this.buildDeletions());
    const out = new Set<Candidate>();
    const add = (key: string): void => {
      const list = deletions.get(key);
      if (list !== undefined) for (const c of list) out.add(c);
    };
    add(lower);
    for (let i = 0; i < lower.length; i++) add(lower.slice(0, i) + lower.slice(i + 1));
    return out;
  }

  private buildDeletions(): Map<string, Candidate[]> {
    const map = new Map<string, Candidate[]>();
    const put = (key: string, c: Candidate): void => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    };
    for (const list of this.byLength.values()) {
      for (const c of list) {
        put(c.lower, c);
        for (let i = 0; i < c.lower.length; i++) put(c.lower.slice(0, i) + c.lower.slice(i + 1), c);
      }
    }
    return map;
  }
}

// One index per candidate list: validation asks for a suggestion for every unknown reference, usually
// from the same list of ids, so it is indexed once rather than scanned in full each time.
const indexes = new WeakMap<object, CandidateIndex>();

function indexOf(candidates: Iterable<string>): CandidateIndex {
  // Only arrays and sets are kept: an iterator can be read once, and a live Map's keys() changes.
  const keep = Array.isArray(candidates) || candidates instanceof Set;
  if (!keep) return new CandidateIndex(candidates);
  let index = indexes.get(candidates);
  if (index === undefined) indexes.set(candidates, (index = new CandidateIndex(candidates)));
  return index;
}

/**
 * The closest candidate to a misspelt name, or undefined when nothing is
 * close enough to be a likely typo (case-insensitive, at most a third of the
 * name's length in edits, never more than 3). Ties go to the candidate that
 * sorts first. Near-linear in the candidates: a list passed again is not
 * indexed again; in a list of more than 64, every candidate one edit away
 * is found by lookup, and only when there is none are up to 1,000 others
 * of a reachable length compared, out of at most 2,000 looked at, nearest
 * lengths first (so in very long lists a two- or three-edit suggestion may
 * be missed; it is a hint).
 *
 * @example
 * ```ts
 * import { didYouMean } from 'curricula';
 * didYouMean('titel', ['title', 'topics']); // 'title'
 * ```
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  checkText('didYouMean', 'name', name);
  if (candidates === null || typeof (candidates as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') throw argumentError('didYouMean', 'candidates', 'a list (or other iterable) of texts', candidates);
  const lower = name.toLowerCase();
  const max = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  const index = indexOf(candidates);
  let best: string | undefined;
  let bestDistance = max + 1;
  const consider = (c: Candidate, d: number): void => {
    if (d < bestDistance || (d === bestDistance && best !== undefined && c.text < best)) {
      best = c.text;
      bestDistance = d;
    }
  };
  if (index.size > SMALL) {
    // Everything within one edit is found by lookup; only when there is none does a (bounded) scan look further.
    for (const c of index.near(lower)) {
      if (c.text === name) continue;
      consider(c, c.lower === lower ? 0 : distance(lower, c.lower, 1));
    }
    if (bestDistance <= 1 || max === 1) return bestDistance <= max ? best : undefined;
  }
  const mask = charMask(lower);
  let compared = 0;
  let examined = 0;
  const large = index.size > SMALL;
  // The same length first, then one shorter and one longer, and so on: the likeliest lengths get the budget.
  for (let step = 0; step <= 2 * max; step++) {
    const length = lower.length + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
    if (length < 0) continue;
    const list = index.byLength.get(length);
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) {
      const c = list[k]!;
      if (c.text === name) continue;
      if (large && ++examined > MAX_EXAMINED) return bestDistance <= max ? best : undefined;
      // The classes a candidate adds or lacks bound its distance from below.
      if (popcount(c.mask ^ mask) > 2 * Math.min(bestDistance, max)) continue;
      if (large && ++compared > MAX_COMPARISONS) return bestDistance <= max ? best : undefined;
      consider(c, c.lower === lower ? 0 : distance(lower, c.lower, Math.min(bestDistance, max)));
    }
  }
  return bestDistance <= max ? best : undefined;
}
