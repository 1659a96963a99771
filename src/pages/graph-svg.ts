import type { Program } from '../model/program.js';
import { GRAPH_METRICS, type GraphLayout } from './graph-layout.js';
import { clusterTitle, nodeHours, wrapTitle } from './graph-text.js';
import { anchorId, h, type Markup } from './html.js';
import type { PageText } from './text.js';
import { COLORS } from './theme.js';

/** Characters of a title per line in a box, and lines at most (DejaVu Sans at 12px is about 7px a character). */
const TITLE_WIDTH = 25;
const TITLE_LINES = 3;

function bezier(points: readonly { x: number; y: number }[]): string {
  let d = `M${r(points[0]!.x)},${r(points[0]!.y)}`;
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    if (a.y === b.y) {
      d += ` L${r(b.x)},${r(b.y)}`;
      continue;
    }
    const dx = (b.x - a.x) / 2;
    d += ` C${r(a.x + dx)},${r(a.y)} ${r(b.x - dx)},${r(b.y)} ${r(b.x)},${r(b.y)}`;
  }
  return d;
}

function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * The prerequisite graph as inline SVG: a box per module (dashed when
 * optional) with its title and hours, linked to its section (`#m-<id>`), arrows from
 * each required module, tracks as labelled bands. Colours are attributes,
 * so the picture needs no style sheet; the SVG has a title and a
 * description for screen readers.
 */
export function graphSvg(layout: GraphLayout, program: Program, text: PageText, options: { idPrefix?: string } = {}): Markup {
  const prefix = options.idPrefix ?? 'graph';
  const m = GRAPH_METRICS;
  const title = text.t('pages.handbook', 'graphTitle');
  const description = text.t('pages.handbook', 'graphDescription', { count: layout.nodes.length });
  const clusters = layout.clusters.map((c) =>
    h(
      'g',
      { class: 'cluster', 'data-tracks': c.tracks.join(' ') },
      h('rect', { x: r(c.x), y: r(c.y), width: r(c.width), height: r(c.height), rx: 6, fill: COLORS.clusterFill, stroke: COLORS.clusterStroke }),
      h('text', { x: r(c.x + m.clusterPadding), y: r(c.y + m.clusterLabel - 6), 'font-size': 13, 'font-weight': 600, fill: COLORS.muted }, clusterTitle(c.tracks, program)),
    ),
  );
  const edges = layout.edges.map((e) =>
    h('path', {
      class: 'edge',
      'data-from': e.from,
      'data-to': e.to,
      d: bezier(e.points),
      fill: 'none',
      stroke: COLORS.edge,
      'stroke-width': 1.5,
      'stroke-dasharray': e.optional ? '5 4' : undefined,
      'marker-end': `url(#${prefix}-arrow)`,
    }),
  );
  const nodes = layout.nodes.map((n) => {
    const lines = wrapTitle(n.title, TITLE_WIDTH, TITLE_LINES);
    const top = n.y + 8 + (TITLE_LINES - lines.length) * 7;
    return h(
      'a',
      { href: `#${anchorId('m', n.id)}` },
      h(
        'g',
        { class: n.optional ? 'node optional' : 'node', 'data-module': n.id, 'data-layer': n.layer },
        h('title', null, n.title),
        h('rect', {
          x: r(n.x),
          y: r(n.y),
          width: n.width,
          height: n.height,
          rx: 6,
          fill: n.optional ? COLORS.optionalFill : COLORS.nodeFill,
          stroke: n.optional ? COLORS.optionalStroke : COLORS.nodeStroke,
          'stroke-width': n.optional ? 1.5 : 2,
          'stroke-dasharray': n.optional ? '6 4' : undefined,
        }),
        h(
          'text',
          { 'font-size': 12, fill: COLORS.text },
          lines.map((line, k) => h('tspan', { x: r(n.x + 8), y: r(top + 12 + k * 14) }, line)),
        ),
        h('text', { x: r(n.x + 8), y: r(n.y + n.height - 8), 'font-size': 12, 'font-weight': 700, fill: COLORS.text }, nodeHours(n, program, text)),
      ),
    );
  });
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${r(layout.width)} ${r(layout.height)}`,
      width: r(layout.width),
      height: r(layout.height),
      role: 'img',
      'aria-labelledby': `${prefix}-title ${prefix}-desc`,
      'font-family': 'system-ui, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif',
    },
    h('title', { id: `${prefix}-title` }, title),
    h('desc', { id: `${prefix}-desc` }, description),
    h(
      'defs',
      null,
      h(
        'marker',
        { id: `${prefix}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        h('path', { d: 'M0,0 L10,5 L0,10 z', fill: COLORS.edge }),
      ),
    ),
    clusters,
    edges,
    nodes,
  );
}
