import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/core/did-you-mean.js';
import { numRuns } from '../setup/runs.js';

/** The plain definition: every candidate compared in full (what didYouMean did before it was indexed). */
function reference(name: string, candidates: readonly string[]): string | undefined {
  const osa = (a: string, b: string): number => {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  };
  const max = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    if (c === name) continue;
    const dist = osa(name.toLowerCase(), c.toLowerCase());
    if (dist < bestDistance || (dist === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = dist;
    }
  }
  return bestDistance <= max ? best : undefined;
}

function distanceAtMostOne(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  for (let i = 0; i <= Math.max(x.length, y.length); i++) {
    const dx = x.slice(0, i) + x.slice(i + 1);
    const dy = y.slice(0, i) + y.slice(i + 1);
    if (dx === dy || dx === y || x === dy) return true;
    if (i + 1 < x.length && x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2) === y) return true;
  }
  return false;
}

describe('didYouMean', () => {
  it('suggests the closest candidate, swapped letters counting as one edit', () => {
    expect(didYouMean('titel', ['title', 'topics'])).toBe('title');
    expect(didYouMean('TITLE', ['title'])).toBe('title');
    expect(didYouMean('xyz', ['title'])).toBeUndefined();
    expect(didYouMean('title', ['title'])).toBeUndefined();
  });

  it('gives what comparing every candidate in full gives', () => {
    const word = fc.stringMatching(/^[a-dA-D0-2_-]{0,9}$/);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 30 }), (name, candidates) => {
        expect(didYouMean(name, candidates)).toBe(reference(name, candidates));
        // A list asked again answers from its index, the same.
        expect(didYouMean(name, candidates)).toBe(reference(name, candidates));
      }),
      { numRuns: numRuns(1_000, 50_000) },
    );
  });

  it('in long lists, finds every suggestion one edit away exactly as the full comparison does', () => {
    const word = fc.stringMatching(/^[a-c0-1]{1,6}$/);
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { minLength: 65, maxLength: 150 }), (name, candidates) => {
        const expected = reference(name, candidates);
        const oneEdit = expected !== undefined && reference(name, [expected]) === expected && distanceAtMostOne(name, expected);
        if (oneEdit) expect(didYouMean(name, candidates)).toBe(expected);
        else if (expected === undefined) expect(didYouMean(name, candidates)).toBeUndefined();
      }),
      { numRuns: numRuns(300, 10_000) },
    );
  });

  it('stays near-linear for thousands of unknown names among thousands of candidates', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `modul-${String(i).padStart(5, '0')}`);
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 20_000; i++) if (didYouMean(`modul-${String(i).padStart(5, '0')}x`, ids) !== undefined) found++;
    // Every name is one edit from its candidate; the work per name is bounded, so 20,000 names take
    // seconds at most (the full scan took minutes). A generous bound: this only catches a quadratic return.
    expect(found).toBe(20_000);
    expect(performance.now() - started).toBeLessThan(8_000);
  });
});
