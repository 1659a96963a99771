import type { Program } from '../model/program.js';
import type { GraphLayout } from './graph-layout.js';
import { clusterTitle, nodeHours } from './graph-text.js';
import type { PageText } from './text.js';

/** Text inside a Mermaid label in double quotes: quotes, angle brackets, `#` and backticks as Mermaid's entity codes. */
function label(text: string): string {
  return text.replace(/[#"<>`]/g, (c) => `#${c.codePointAt(0)};`).replace(/\s+/g, ' ');
}

/**
 * The prerequisite graph as a Mermaid flowchart (GitHub renders it in
 * Markdown): left to right, a node per module with its title and hours,
 * tracks as subgraphs, optional modules and the arrows to them dashed.
 * Nodes are declared in the order of the computed layout, which Mermaid's
 * own layout keeps where it can.
 */
export function graphMermaid(layout: GraphLayout, program: Program, text: PageText): string {
  const ids = new Map<string, string>();
  const ordered = layout.layers.flat();
  ordered.forEach((id, k) => ids.set(id, `m${k}`));
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const line = (id: string): string => {
    const n = byId.get(id)!;
    return `${ids.get(id)}["${label(n.title)}<br/>${label(nodeHours(n, program, text))}"]`;
  };
  const out = ['flowchart LR'];
  const clusterOf = new Map(layout.nodes.map((n) => [n.id, n.cluster]));
  for (const id of ordered) if (clusterOf.get(id) === '') out.push(`  ${line(id)}`);
  layout.clusters.forEach((c, k) => {
    out.push(`  subgraph t${k}["${label(clusterTitle(c.tracks, program))}"]`);
    for (const id of ordered) if (clusterOf.get(id) === c.key) out.push(`    ${line(id)}`);
    out.push('  end');
  });
  for (const e of layout.edges) out.push(`  ${ids.get(e.from)} ${e.optional ? '-.->' : '-->'} ${ids.get(e.to)}`);
  const optional = layout.nodes.filter((n) => n.optional).map((n) => ids.get(n.id)!);
  if (optional.length > 0) {
    out.push('  classDef optional stroke-dasharray: 5 5');
    out.push(`  class ${optional.join(',')} optional`);
  }
  return out.join('\n');
}
