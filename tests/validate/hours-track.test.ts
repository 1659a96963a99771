import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moduleTree } from '../../src/model/module-tree.js';
import { parseDocument } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import { validate } from '../../src/validate/index.js';
import { numRuns } from '../setup/runs.js';

// hours/track finds a track's outermost modules (TrackScope.roots) without
// building its whole scope. This holds it to the scope's definition: the
// roots are the modules of the scope whose parent the scope does not hold.

const ID = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const leaf = fc.record(
  { id: ID, title: fc.constant('M'), hours: fc.integer({ min: 1, max: 8 }), optional: fc.boolean() },
  { requiredKeys: ['id', 'title'] },
);
const { tree } = fc.letrec<{ tree: object }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record(
      { id: ID, title: fc.constant('M'), hours: fc.integer({ min: 1, max: 20 }), optional: fc.boolean(), modules: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) },
      { requiredKeys: ['id', 'title', 'modules'] },
    ),
  ),
}));
const track = fc.record(
  { id: fc.constantFrom('t1', 't2', 't3'), title: fc.constant('T'), hours: fc.integer({ min: 1, max: 40 }), modules: fc.array(ID, { maxLength: 4 }) },
  { requiredKeys: ['id', 'title', 'hours'] },
);

function expectedReports(program: Program): number[] {
  const index = moduleTree(program);
  const out: number[] = [];
  program.tracks?.forEach((t, i) => {
    const declared = index.tracks[i]!.declaredMinutes;
    const scope = index.scope(t.id);
    if (declared === undefined || !scope) return;
    const roots = [...scope].filter((e) => e.parent === undefined || !scope.has(e.parent));
    if (roots.length === 0 || t.modules?.some((id) => !index.byId.has(id))) return;
    const sum = index.sumMinutes(roots);
    if (sum !== undefined && sum !== declared) out.push(i);
  });
  return out;
}

describe('hours/track', () => {
  it('sums exactly the outermost required modules of each track scope', () => {
    const runs = numRuns(500, 5_000);
    let reported = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.array(track, { minLength: 1, maxLength: 3 }), (modules, tracks) => {
        const text = JSON.stringify({ kind: 'program', id: 'p', title: 'P', unit: 'h', modules, tracks });
        const parsed = parseDocument(text, { filename: 'p.json' });
        if (parsed.value?.kind !== 'program') return;
        const found = validate(parsed, { rules: { 'ids/duplicate': 'off' } })
          .filter((d) => d.code === 'hours/track')
          .map((d) => Number(/^\/tracks\/(\d+)\/hours$/.exec(d.path)?.[1]));
        const expected = expectedReports(parsed.value);
        reported += expected.length;
        expect(found).toEqual(expected);
      }),
      { numRuns: runs },
    );
    expect(reported).toBeGreaterThan(runs / 8);
  });
});
