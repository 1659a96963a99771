import { describe, expect, it } from 'vitest';
import { layoutPrerequisites, type GraphLayout } from '../../src/pages/graph-layout.js';
import { prerequisiteGraphMermaid, prerequisiteGraphSvg } from '../../src/pages/graph.js';
import { inlineProgram, seed000, tracked } from './fixtures.js';

function node(layout: GraphLayout, id: string) {
  const n = layout.nodes.find((x) => x.id === id);
  if (n === undefined) throw new Error(`no node ${id}`);
  return n;
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Crossings between the straight segments of a layout's edges. */
function crossings(layout: GraphLayout): number {
  const segments = layout.edges.flatMap((e) => e.points.slice(1).map((p, k) => [e.points[k]!, p] as const));
  let count = 0;
  for (let a = 0; a < segments.length; a++) {
    for (let b = a + 1; b < segments.length; b++) {
      const [p1, p2] = segments[a]!;
      const [q1, q2] = segments[b]!;
      if (p1.x !== q1.x || p2.x !== q2.x) continue;
      if ((p1.y - q1.y) * (p2.y - q2.y) < 0) count++;
    }
  }
  return count;
}

describe('layoutPrerequisites', () => {
  it('lays seed 000 out left to right in requires order: the introduction, the six modules after it, then the closing module', () => {
    const layout = layoutPrerequisites(seed000);
    expect(layout.layers).toEqual([
      ['einstieg'],
      ['planung', 'mensch', 'oeffentlichkeitsarbeit', 'kommunikation', 'dienstleistungen', 'gruppen'],
      ['organisation'],
    ]);
    for (const n of layout.nodes) for (const id of n.requires) expect(node(layout, id).x + node(layout, id).width).toBeLessThan(n.x);
    for (const e of layout.edges) {
      expect(e.reversed).toBe(false);
      expect(e.points[0]!.x).toBeLessThan(e.points[e.points.length - 1]!.x);
    }
    // The introduction sits level with the middle of the six modules it opens.
    const six = layout.layers[1]!.map((id) => node(layout, id));
    const middle = (six[0]!.y + six[5]!.y) / 2;
    expect(Math.abs(node(layout, 'einstieg').y - middle)).toBeLessThan(1);
    expect(crossings(layout)).toBe(0);
  });

  it('never overlaps two boxes and keeps them inside the picture', () => {
    for (const program of [seed000, tracked]) {
      const layout = layoutPrerequisites(program);
      for (const a of layout.nodes) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
        expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
        for (const b of layout.nodes) if (a !== b) expect(overlap(a, b), `${a.id} and ${b.id}`).toBe(false);
      }
    }
  });

  it('bends an edge that skips a layer through a waypoint in each layer it crosses', () => {
    const layout = layoutPrerequisites(tracked);
    const skip = layout.edges.find((e) => e.from === 'basics' && e.to === 'reflection')!;
    expect(node(layout, 'reflection').layer - node(layout, 'basics').layer).toBe(3);
    // Start, two points per crossed layer, end.
    expect(skip.points).toHaveLength(2 + 2 * 2);
    for (let k = 1; k < skip.points.length; k++) expect(skip.points[k]!.x).toBeGreaterThanOrEqual(skip.points[k - 1]!.x);
    // No waypoint runs through a module's box.
    for (const p of skip.points.slice(1, -1)) {
      for (const n of layout.nodes) expect(p.y > n.y && p.y < n.y + n.height && p.x > n.x && p.x < n.x + n.width).toBe(false);
    }
  });

  it('counts a requires on or from a nested module for the top-level module it sits in', () => {
    const layout = layoutPrerequisites(tracked);
    expect(layout.nodes.map((n) => n.id)).not.toContain('law-a');
    expect(node(layout, 'law').requires).toEqual(['games']);
  });

  it('draws tracks as bands: the shared modules apart, each track’s own modules inside its band, bands not overlapping', () => {
    const layout = layoutPrerequisites(tracked);
    expect(layout.clusters.map((c) => c.tracks)).toEqual([['jugend'], ['verein']]);
    const [jugend, verein] = layout.clusters;
    const inside = (n: { x: number; y: number; width: number; height: number }, c: typeof jugend) =>
      n.x >= c!.x && n.y >= c!.y && n.x + n.width <= c!.x + c!.width && n.y + n.height <= c!.y + c!.height;
    expect(inside(node(layout, 'games'), jugend)).toBe(true);
    expect(inside(node(layout, 'money'), verein)).toBe(true);
    for (const id of ['basics', 'law', 'reflection']) {
      expect(node(layout, id).cluster).toBe('');
      expect(inside(node(layout, id), jugend) || inside(node(layout, id), verein)).toBe(false);
    }
    expect(overlap(jugend!, verein!)).toBe(false);
  });

  it('orders a layer by its neighbours, so arrows do not cross where they need not', () => {
    // In document order c would sit above d, and the arrows a→d and b→c would cross.
    const program = inlineProgram(`kind: program
id: x
title: X
modules:
  - { id: a, title: A, hours: 1 }
  - { id: b, title: B, hours: 1 }
  - { id: c, title: C, hours: 1, requires: [b] }
  - { id: d, title: D, hours: 1, requires: [a] }
`);
    const layout = layoutPrerequisites(program);
    expect(layout.layers).toEqual([['a', 'b'], ['d', 'c']]);
    expect(crossings(layout)).toBe(0);
  });

  it('breaks a cycle instead of looping, and marks the edge that closes it', () => {
    const program = inlineProgram(`kind: program
id: x
title: X
modules:
  - { id: a, title: A, hours: 1, requires: [c] }
  - { id: b, title: B, hours: 1, requires: [a] }
  - { id: c, title: C, hours: 1, requires: [b] }
`);
    const layout = layoutPrerequisites(program);
    expect(layout.layers).toEqual([['a'], ['b'], ['c']]);
    expect(layout.edges.filter((e) => e.reversed).map((e) => [e.from, e.to])).toEqual([['c', 'a']]);
  });

  it('is the same picture every time, and quick for a large program', () => {
    const modules = Array.from({ length: 400 }, (_, i) => `  - { id: m${i}, title: Module ${i}, hours: 2${i > 0 ? `, requires: [m${Math.floor(i / 3)}]` : ''} }`).join('\n');
    const program = inlineProgram(`kind: program\nid: big\ntitle: Big\nmodules:\n${modules}\n`);
    const start = performance.now();
    const first = layoutPrerequisites(program);
    const elapsed = performance.now() - start;
    expect(layoutPrerequisites(program)).toEqual(first);
    expect(elapsed).toBeLessThan(2000);
    for (const e of first.edges) expect(e.points[0]!.x).toBeLessThan(e.points[e.points.length - 1]!.x);
  });
});

describe('the graph as SVG and as Mermaid', () => {
  it('SVG: a linked box per module with its exact hours, dashed when optional, arrows with a marker', () => {
    const svg = prerequisiteGraphSvg(tracked);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<g class="node/g)).toHaveLength(6);
    expect(svg).toContain('<a href="#m-basics">');
    expect(svg).toMatch(/data-module="writing"[^]*?stroke-dasharray="6 4"/);
    expect(svg).toContain('>16 UE</text>');
    expect(svg.match(/class="edge"/g)).toHaveLength(6);
    expect(svg).toContain('<title id="graph-title">Prerequisite graph</title>');
  });

  it('Mermaid: left to right, tracks as subgraphs, optional dashed, labels escaped', () => {
    const program = inlineProgram(`kind: program
id: x
title: X
tracks: [{ id: t, title: 'Track "A" <1>', modules: [a] }, { id: u, title: U, modules: [b] }]
modules:
  - { id: a, title: 'Say "hi" #1', hours: "2 2/3" }
  - { id: b, title: B, hours: 1, optional: true, requires: [a] }
`);
    const mermaid = prerequisiteGraphMermaid(program, { locale: 'de' });
    expect(mermaid.split('\n')[0]).toBe('flowchart LR');
    expect(mermaid).toContain('subgraph t0["Track #34;A#34; #60;1#62;"]');
    expect(mermaid).toContain('m0["Say #34;hi#34; #35;1<br/>2⅔ UE"]');
    expect(mermaid).toContain('m0 -.-> m1');
    expect(mermaid).toContain('class m1 optional');
  });
});
