import { checkArguments } from '../core/arguments.js';
import { moduleTree, type ModuleNode } from '../model/module-tree.js';
import type { Program } from '../model/program.js';

/**
 * The layout of a program's prerequisite graph (Voraussetzungsgraph),
 * computed here so that a page needs no layout engine and no script: a
 * small layered (Sugiyama-style) layout. Modules are the program's
 * top-level modules; a `requires` on or from a nested module counts for
 * the top-level module it sits in.
 *
 * 1. Layers: each module one layer right of the furthest module it
 *    requires (longest path), so reading left to right follows `requires`.
 *    A cycle (which `prerequisites/cycle` reports) is broken at the first
 *    module in document order; its closing edge is kept and marked
 *    `reversed`.
 * 2. An edge that skips layers runs through a waypoint in each layer it
 *    crosses, so it bends around the modules in between.
 * 3. Tracks become horizontal bands (clusters): modules of every track (or
 *    of none) first, then each track's own modules, then modules shared by
 *    some tracks only.
 * 4. Crossings are reduced by barycentric ordering (each module moves to the
 *    mean position of its neighbours), sweeping right and left a few times
 *    and keeping the order with the fewest crossings; ties keep document
 *    order, so the same program always gives the same picture.
 */

/** A module in the picture: its box (top left corner, size) and what it shows. */
export interface GraphNode {
  readonly id: string;
  readonly title: string;
  /** Exact minutes (from the module tree); undefined when unknown. */
  readonly minutes: number | undefined;
  /** `days` of a module without hours. */
  readonly days: number | undefined;
  readonly optional: boolean;
  /** Layer, 0 at the left. */
  readonly layer: number;
  /** Key of the band it sits in ('' for the common band). */
  readonly cluster: string;
  /** Ids of the modules it requires, as drawn (lifted to top-level modules). */
  readonly requires: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An arrow from a required module to the module that requires it, through its waypoints. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  /** Start (right side of `from`), waypoints, end (left side of `to`). */
  readonly points: readonly { readonly x: number; readonly y: number }[];
  /** The edge that closes a cycle: it points right to left. */
  readonly reversed: boolean;
  /** It leads to an optional module. */
  readonly optional: boolean;
}

/** A band of modules that belong to the same tracks. */
export interface GraphCluster {
  readonly key: string;
  /** Ids of the tracks, in the program's order. */
  readonly tracks: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A computed layout: positions in px of an SVG user space of `width` ×
 * `height`, with the modules in `layers` (each layer's modules top to
 * bottom).
 *
 * @example
 * ```ts
 * import { layoutPrerequisites } from 'curricula/pages';
 * const layout = layoutPrerequisites(program);
 * layout.layers[0]; // ['einstieg']
 * ```
 */
export interface GraphLayout {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Bands of tracks; empty when the program has no tracks. */
  readonly clusters: readonly GraphCluster[];
  readonly layers: readonly (readonly string[])[];
  readonly width: number;
  readonly height: number;
}

/** Sizes of the picture in SVG user units (px at 100 %). */
export const GRAPH_METRICS = {
  nodeWidth: 200,
  nodeHeight: 76,
  layerGap: 64,
  rowGap: 20,
  margin: 12,
  clusterLabel: 22,
  clusterPadding: 10,
} as const;

interface Item {
  /** Node index, or -1 for a waypoint. */
  node: number;
  layer: number;
  band: number;
  /** Neighbours in the previous and next layer (item indices). */
  up: number[];
  down: number[];
  /** Sort key within the band, updated by the sweeps. */
  key: number;
}

const SWEEPS = 4;

/**
 * Lays out the prerequisite graph of a program (see {@link GraphLayout}).
 * Pure and deterministic; linear in the modules plus the crossing count
 * per pair of layers.
 *
 * @example
 * ```ts
 * import { layoutPrerequisites } from 'curricula/pages';
 * const { nodes } = layoutPrerequisites(program);
 * nodes.find((n) => n.id === 'organisation')?.layer; // 2
 * ```
 */
export function layoutPrerequisites(program: Program): GraphLayout {
  checkArguments('layoutPrerequisites', [['program', program, 'program']]);
  const tree = moduleTree(program);
  const top = tree.topLevel;
  const index = new Map<ModuleNode, number>(top.map((n, i) => [n, i]));
  const topOf = (node: ModuleNode): number => {
    let n = node;
    while (n.parent !== undefined) n = n.parent;
    return index.get(n)!;
  };

  // Edges between top-level modules, lifted from nested ones, without repeats, in document order.
  const preds: number[][] = top.map(() => []);
  for (const node of tree.modules) {
    const to = topOf(node);
    for (const id of node.module.requires ?? []) {
      const required = tree.byId.get(id);
      if (required === undefined) continue;
      const from = topOf(required);
      if (from !== to && !preds[to]!.includes(from)) preds[to]!.push(from);
    }
  }

  const layer = assignLayers(preds);
  const bands = assignBands(program, top);

  // Items: nodes, then waypoints of edges that skip layers.
  const items: Item[] = top.map((_, i) => ({ node: i, layer: layer[i]!, band: bands.of[i]!, up: [], down: [], key: i }));
  const chains: { from: number; to: number; chain: number[]; reversed: boolean }[] = [];
  for (let to = 0; to < top.length; to++) {
    for (const from of preds[to]!) {
      const reversed = layer[from]! >= layer[to]!;
      const chain: number[] = [from];
      if (!reversed) {
        for (let l = layer[from]! + 1; l < layer[to]!; l++) {
          items.push({ node: -1, layer: l, band: bands.of[to]!, up: [], down: [], key: items.length });
          chain.push(items.length - 1);
        }
        chain.push(to);
        for (let k = 1; k < chain.length; k++) {
          items[chain[k]!]!.up.push(chain[k - 1]!);
          items[chain[k - 1]!]!.down.push(chain[k]!);
        }
      } else chain.push(to);
      chains.push({ from, to, chain, reversed });
    }
  }

  const layerCount = top.length === 0 ? 0 : Math.max(...layer) + 1;
  const byLayer: number[][] = Array.from({ length: layerCount }, () => []);
  for (let i = 0; i < items.length; i++) byLayer[items[i]!.layer]!.push(i);

  // Band heights in rows: the most items the band has in any layer.
  const bandRows = bands.keys.map(() => 0);
  for (const members of byLayer) {
    const counts = bands.keys.map(() => 0);
    for (const i of members) counts[items[i]!.band]!++;
    counts.forEach((c, b) => (bandRows[b] = Math.max(bandRows[b]!, c)));
  }
  const bandStart: number[] = [];
  let rowsSoFar = 0;
  for (let b = 0; b < bands.keys.length; b++) {
    bandStart.push(rowsSoFar);
    rowsSoFar += bandRows[b]!;
  }

  // Position of an item in row units, centred within its band in its layer.
  const position = new Float64Array(items.length);
  const place = (members: readonly number[]): void => {
    const perBand = new Map<number, number[]>();
    for (const i of members) {
      const list = perBand.get(items[i]!.band) ?? [];
      list.push(i);
      perBand.set(items[i]!.band, list);
    }
    for (const [band, list] of perBand) {
      list.sort((a, b) => items[a]!.key - items[b]!.key || a - b);
      const offset = (bandRows[band]! - list.length) / 2;
      list.forEach((i, row) => (position[i] = bandStart[band]! + offset + row));
    }
  };
  for (const members of byLayer) place(members);

  const orderOf = (): number[][] => byLayer.map((members) => [...members].sort((a, b) => position[a]! - position[b]!));
  let best = orderOf();
  let bestCrossings = crossings(best, items, position);
  for (let sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
    const downward = sweep % 2 === 0;
    const layers = downward ? byLayer.slice(1) : byLayer.slice(0, -1).reverse();
    for (const members of layers) {
      for (const i of members) {
        const neighbours = downward ? items[i]!.up : items[i]!.down;
        if (neighbours.length > 0) items[i]!.key = neighbours.reduce((s, n) => s + position[n]!, 0) / neighbours.length;
        else items[i]!.key = position[i]!;
      }
      place(members);
    }
    const order = orderOf();
    const count = crossings(order, items, position);
    if (count < bestCrossings) {
      best = order;
      bestCrossings = count;
    }
  }
  // Back to the best order found.
  for (const members of best) members.forEach((i, k) => (items[i]!.key = k));
  for (const members of byLayer) place(members);

  const m = GRAPH_METRICS;
  const hasBands = bands.keys.length > 1 || bands.keys[0] !== '';
  const pitchX = m.nodeWidth + m.layerGap;
  const pitchY = m.nodeHeight + m.rowGap;
  const bandTop = (band: number): number => m.margin + bandStart[band]! * pitchY + (hasBands ? band * (m.clusterLabel + 2 * m.clusterPadding) : 0);
  const xOf = (l: number): number => m.margin + (hasBands ? m.clusterPadding : 0) + l * pitchX;
  const yOf = (i: number): number => {
    const band = items[i]!.band;
    return bandTop(band) + (hasBands ? m.clusterLabel + m.clusterPadding : 0) + (position[i]! - bandStart[band]!) * pitchY;
  };

  const nodes: GraphNode[] = top.map((node, i) => ({
    id: node.module.id,
    title: node.module.title,
    minutes: node.minutes,
    days: node.days,
    optional: node.optional,
    layer: layer[i]!,
    cluster: bands.keys[bands.of[i]!]!,
    requires: preds[i]!.map((p) => top[p]!.module.id),
    x: xOf(layer[i]!),
    y: yOf(i),
    width: m.nodeWidth,
    height: m.nodeHeight,
  }));

  const mid = m.nodeHeight / 2;
  const edges: GraphEdge[] = chains.map(({ from, to, chain, reversed }) => {
    const points: { x: number; y: number }[] = [];
    if (reversed) {
      points.push({ x: xOf(layer[from]!), y: yOf(from) + mid }, { x: xOf(layer[to]!) + m.nodeWidth, y: yOf(to) + mid });
    } else {
      points.push({ x: xOf(layer[from]!) + m.nodeWidth, y: yOf(from) + mid });
      for (const w of chain.slice(1, -1)) {
        const y = yOf(w) + mid;
        points.push({ x: xOf(items[w]!.layer), y }, { x: xOf(items[w]!.layer) + m.nodeWidth, y });
      }
      points.push({ x: xOf(layer[to]!), y: yOf(to) + mid });
    }
    return { from: top[from]!.module.id, to: top[to]!.module.id, points, reversed, optional: top[to]!.optional };
  });

  const width = layerCount === 0 ? 2 * m.margin : xOf(layerCount - 1) + m.nodeWidth + m.margin + (hasBands ? m.clusterPadding : 0);
  const clusters: GraphCluster[] = [];
  if (hasBands) {
    bands.keys.forEach((key, b) => {
      if (key === '' || bandRows[b] === 0) return;
      clusters.push({
        key,
        tracks: key.split('\u0000'),
        x: m.margin / 2,
        y: bandTop(b),
        width: width - m.margin,
        height: m.clusterLabel + 2 * m.clusterPadding + bandRows[b]! * pitchY - m.rowGap,
      });
    });
  }
  const last = bands.keys.length - 1;
  const height =
    top.length === 0
      ? 2 * m.margin
      : bandTop(last) + (hasBands ? m.clusterLabel + 2 * m.clusterPadding : 0) + bandRows[last]! * pitchY - m.rowGap + m.margin;

  return {
    nodes,
    edges,
    clusters,
    layers: best.map((members) => members.filter((i) => items[i]!.node >= 0).map((i) => top[items[i]!.node]!.module.id)),
    width,
    height,
  };
}

/**
 * Layer of each module: one right of the furthest module it requires.
 * Modules are placed in document order as soon as all they require is
 * placed; when none can be (a cycle), the first unplaced one is placed
 * with what it requires so far.
 */
function assignLayers(preds: readonly (readonly number[])[]): number[] {
  const n = preds.length;
  const succs: number[][] = preds.map(() => []);
  preds.forEach((list, to) => list.forEach((from) => succs[from]!.push(to)));
  const missing = preds.map((list) => list.length);
  const layer = new Array<number>(n).fill(-1);
  const ready: number[] = [];
  for (let i = 0; i < n; i++) if (missing[i] === 0) ready.push(i);
  let placed = 0;
  let nextUnplaced = 0;
  while (placed < n) {
    let v: number;
    if (ready.length > 0) {
      // The smallest index: document order among the ready ones.
      let k = 0;
      for (let j = 1; j < ready.length; j++) if (ready[j]! < ready[k]!) k = j;
      v = ready.splice(k, 1)[0]!;
    } else {
      while (layer[nextUnplaced]! >= 0) nextUnplaced++;
      v = nextUnplaced;
    }
    if (layer[v]! >= 0) continue;
    let l = 0;
    for (const p of preds[v]!) if (layer[p]! >= 0) l = Math.max(l, layer[p]! + 1);
    layer[v] = l;
    placed++;
    for (const s of succs[v]!) if (--missing[s]! === 0 && layer[s]! < 0) ready.push(s);
  }
  return layer;
}

/** The band of each top-level module: the set of tracks it belongs to. */
function assignBands(program: Program, top: readonly ModuleNode[]): { keys: string[]; of: number[] } {
  const trackIds = (program.tracks ?? []).map((t) => t.id);
  if (trackIds.length === 0) return { keys: [''], of: top.map(() => 0) };
  const keyOf = (node: ModuleNode): string => {
    const tracks = node.tracks;
    return tracks.length === 0 || tracks.length === trackIds.length ? '' : tracks.join('\u0000');
  };
  const single = new Map(trackIds.map((id, i) => [id, i]));
  const present = new Set(top.map(keyOf));
  if (present.size === 0) present.add('');
  const keys = [...present].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  function rank(key: string): number {
    if (key === '') return -1;
    return single.has(key) ? single.get(key)! : trackIds.length;
  }
  const bandIndex = new Map(keys.map((k, i) => [k, i]));
  return { keys, of: top.map((node) => bandIndex.get(keyOf(node))!) };
}

/** Edge crossings between neighbouring layers in an order (items by layer, top to bottom). */
function crossings(order: readonly (readonly number[])[], items: readonly Item[], position: Float64Array): number {
  let count = 0;
  for (let l = 0; l + 1 < order.length; l++) {
    const pairs: [number, number][] = [];
    for (const i of order[l]!) for (const j of items[i]!.down) pairs.push([position[i]!, position[j]!]);
    for (let a = 0; a < pairs.length; a++) {
      for (let b = a + 1; b < pairs.length; b++) {
        const [a1, a2] = pairs[a]!;
        const [b1, b2] = pairs[b]!;
        if ((a1 - b1) * (a2 - b2) < 0) count++;
      }
    }
  }
  return count;
}
