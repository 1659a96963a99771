/** Levenshtein distance, bounded: returns `max + 1` as soon as it is exceeded. */
/**
 * Optimal string alignment distance, cut off above `max`: like Levenshtein,
 * but swapping two neighbouring letters ("titel" for "title") is one edit,
 * the commonest typo there is.
 */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate to a misspelt name, or undefined when nothing is
 * close enough to be a likely typo (case-insensitive, at most a third of the
 * name's length in edits, never more than 3).
 *
 * @example
 * ```ts
 * import { didYouMean } from 'curricula';
 * didYouMean('titel', ['title', 'topics']); // 'title'
 * ```
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const max = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    if (c === name) continue;
    const d = c.toLowerCase() === lower ? 0 : distance(lower, c.toLowerCase(), max);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}
