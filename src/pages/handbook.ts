import { checkArguments, describeValue } from '../core/arguments.js';
import { CurriculaUsageError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { moduleTree, type ModuleNode, type ModuleTree } from '../model/module-tree.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import { topicTitle } from '../model/topic.js';
import { markdownCell } from '../export/markdown.js';
import { graphMermaid } from './graph-mermaid.js';
import { graphSvg } from './graph-svg.js';
import { layoutPrerequisites, type GraphLayout } from './graph-layout.js';
import { moduleFacts, moduleNumbers, programFacts, totalHours } from './handbook-facts.js';
import { anchorId, h, jsonScript, page, type Markup } from './html.js';
import { toJsonLd } from './json-ld.js';
import { documentLocale, pageText, type PageText } from './text.js';
import { HANDBOOK_CSS } from './theme.js';
import type { Fact, Words } from './words.js';

/**
 * Options of {@link toHandbook}.
 *
 * @example
 * ```ts
 * import type { HandbookOptions } from 'curricula/pages';
 * const options: HandbookOptions = { format: 'md', locale: 'en' };
 * ```
 */
export interface HandbookOptions {
  /** `html` (default): a self-contained page with the graph as SVG and schema.org JSON-LD; `md`: GitHub Markdown with the graph in Mermaid. */
  format?: 'html' | 'md';
  /** Language of headings and labels; default: German when the program is written in German (its `language`), else English. */
  locale?: Locale;
  /** Offerings of the program: `CourseInstance`s in the page's JSON-LD (HTML only). */
  offerings?: readonly Offering[];
}

/** What both renderers read: the program, its tree, graph and numbering, and the texts. */
interface Handbook {
  program: Program;
  tree: ModuleTree;
  layout: GraphLayout;
  numbers: Map<ModuleNode, string>;
  text: PageText;
}

/**
 * A module handbook (Modulhandbuch) of a program, as a board reads it: a
 * title page with the facts (provider, total hours in the program's unit
 * and in clock hours, credits, target groups, admission in words,
 * certificate, recognitions claimed, cost), the goals, the prerequisite
 * graph, an overview table, each track's modules, then one section per
 * module in document order (hours and credits, type, prerequisites linked
 * to their sections, formats, topics with their hours, nested modules),
 * and the activities. Figures are exact ("26⅔ UE"); every label comes from
 * the message catalogs. HTML is one self-contained file (styles and SVG
 * inline, no script needed; print CSS for A4); Markdown is for GitHub.
 *
 * @example
 * ```ts
 * import { parseProgram } from 'curricula';
 * import { toHandbook } from 'curricula/pages';
 * const { value: program } = parseProgram(text);
 * const html = toHandbook(program!, { locale: 'de' });
 * const markdown = toHandbook(program!, { format: 'md' });
 * ```
 */
export function toHandbook(program: Program, options: HandbookOptions = {}): string {
  checkArguments('toHandbook', [['program', program, 'program'], ['options', options, 'options']]);
  const format = options.format ?? 'html';
  if (format !== 'html' && format !== 'md') throw new CurriculaUsageError(`toHandbook: format must be 'html' or 'md', got ${describeValue(format)}`);
  const tree = moduleTree(program);
  const handbook: Handbook = {
    program,
    tree,
    layout: layoutPrerequisites(program),
    numbers: moduleNumbers(tree),
    text: pageText(options.locale ?? documentLocale(program)),
  };
  return format === 'md' ? handbookMarkdown(handbook) : handbookHtml(handbook, options.offerings ?? []);
}

// ------------------------------------------------------------------ HTML

function wordsHtml(words: Words): Markup | string {
  if (typeof words === 'string') return words;
  if ('href' in words) return h('a', { href: words.href }, words.text);
  if (words.inline) {
    const parts: (Markup | string)[] = [];
    words.items.forEach((item, k) => {
      if (k > 0) parts.push(', ');
      parts.push(wordsHtml(item));
    });
    return h('span', null, words.lead === undefined ? null : `${words.lead} `, parts);
  }
  return h('div', null, words.lead ?? null, h('ul', null, words.items.map((item) => h('li', null, wordsHtml(item)))));
}

function factsHtml(facts: readonly Fact[]): Markup | null {
  if (facts.length === 0) return null;
  return h('dl', { class: 'facts' }, facts.map((f) => [h('dt', null, f.label), h('dd', null, wordsHtml(f.value))]));
}

function heading(depth: number): string {
  return `h${Math.min(6, depth)}`;
}

function hoursCell(node: ModuleNode, hb: Handbook): string {
  return node.minutes === undefined ? '' : hb.text.duration(node.minutes, hb.program.unit);
}

function overviewTable(nodes: readonly ModuleNode[], hb: Handbook, caption?: string): Markup {
  const t = hb.text.t;
  const rows = nodes.map((node) =>
    h(
      'tr',
      { class: node.optional ? 'optional' : undefined },
      h('td', null, hb.numbers.get(node)!),
      h('th', { scope: 'row' }, h('a', { href: `#${anchorId('m', node.module.id)}` }, node.module.title)),
      h('td', { class: 'num' }, hoursCell(node, hb)),
      h(
        'td',
        null,
        (node.module.requires ?? []).map((id, k) => [k > 0 ? ', ' : null, hb.tree.byId.has(id) ? h('a', { href: `#${anchorId('m', id)}` }, hb.numbers.get(hb.tree.byId.get(id)!)!) : id]),
      ),
      h('td', null, node.optional ? t('pages.handbook', 'optionalModule') : t('pages.handbook', 'requiredModule')),
    ),
  );
  return h(
    'table',
    null,
    caption === undefined ? null : h('caption', null, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t('pages.handbook', 'number')),
        h('th', { scope: 'col' }, t('pages.handbook', 'module')),
        h('th', { scope: 'col', class: 'num' }, t('pages.handbook', 'hours')),
        h('th', { scope: 'col' }, t('pages.handbook', 'requires')),
        h('th', { scope: 'col' }, t('pages.handbook', 'type')),
      ),
    ),
    h('tbody', null, rows),
  );
}

function topicsTable(node: ModuleNode, hb: Handbook): Markup | null {
  const topics = node.module.topics ?? [];
  if (topics.length === 0) return null;
  const t = hb.text.t;
  const withHours = topics.some((_, k) => node.topicMinutes(k) !== undefined);
  return h(
    'table',
    { class: 'topics' },
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, t('pages.handbook', 'topic')), withHours ? h('th', { scope: 'col', class: 'num' }, t('pages.handbook', 'hours')) : null),
    ),
    h(
      'tbody',
      null,
      topics.map((topic, k) => {
        const minutes = node.topicMinutes(k);
        const description = typeof topic === 'string' ? undefined : topic.description;
        return h(
          'tr',
          null,
          h('td', null, topicTitle(topic), description === undefined ? null : h('div', { class: 'muted' }, description)),
          withHours ? h('td', { class: 'num' }, minutes === undefined ? '' : hb.text.duration(minutes, hb.program.unit)) : null,
        );
      }),
    ),
  );
}

function moduleHtml(node: ModuleNode, hb: Handbook, depth: number): Markup {
  const t = hb.text.t;
  const m = node.module;
  return h(
    'article',
    { class: node.optional ? 'module optional' : 'module', id: anchorId('m', m.id) },
    h(heading(depth), null, `${t('pages.handbook', 'moduleNumber', { number: hb.numbers.get(node)! })}: ${m.title}`),
    factsHtml(moduleFacts(node, hb.program, hb.tree, hb.text)),
    m.description === undefined ? null : h('p', null, m.description),
    topicsTable(node, hb),
    node.children.map((child) => moduleHtml(child, hb, depth + 1)),
  );
}

function graphFigure(hb: Handbook): Markup {
  const t = hb.text.t;
  const hasOptional = hb.layout.nodes.some((n) => n.optional);
  return h(
    'figure',
    { class: 'graph' },
    graphSvg(hb.layout, hb.program, hb.text),
    h(
      'figcaption',
      null,
      t('pages.handbook', 'graphDescription', { count: hb.layout.nodes.length }),
      h(
        'ul',
        { class: 'legend' },
        h('li', null, h('span', { class: 'swatch', 'aria-hidden': 'true' }), t('pages.handbook', 'legendRequired')),
        hasOptional ? h('li', null, h('span', { class: 'swatch optional', 'aria-hidden': 'true' }), t('pages.handbook', 'legendOptional')) : null,
        hb.layout.clusters.length > 0 ? h('li', null, h('span', { class: 'swatch track', 'aria-hidden': 'true' }), t('pages.handbook', 'legendTrack')) : null,
      ),
    ),
  );
}

function tracksHtml(hb: Handbook): Markup | null {
  const tracks = hb.program.tracks ?? [];
  if (tracks.length === 0) return null;
  const t = hb.text.t;
  return h(
    'section',
    { id: 'tracks' },
    h('h2', null, t('pages.handbook', 'tracks')),
    tracks.map((track) => {
      const scope = hb.tree.scope(track.id);
      const nodes = scope === undefined ? [] : hb.tree.modules.filter((n) => scope.has(n));
      const tops = nodes.filter((n) => n.parent === undefined || !scope!.has(n.parent));
      const minutes = hb.tree.sumMinutes(tops);
      return h(
        'section',
        { class: 'track', id: anchorId('t', track.id) },
        h('h3', null, track.title),
        track.description === undefined ? null : h('p', null, track.description),
        minutes === undefined ? null : factsHtml([{ label: t('pages.handbook', 'trackHours'), value: totalHours(minutes, hb.program, hb.text) }]),
        nodes.length === 0 ? null : overviewTable(nodes, hb),
      );
    }),
  );
}

function activitiesHtml(hb: Handbook): Markup | null {
  const activities = hb.program.activities ?? [];
  if (activities.length === 0) return null;
  const t = hb.text.t;
  return h(
    'section',
    { id: 'activities' },
    h('h2', null, t('pages.handbook', 'activities')),
    h(
      'dl',
      { class: 'facts' },
      activities.map((a) => {
        const extra: string[] = [];
        if (a.groupSize !== undefined) {
          extra.push(
            typeof a.groupSize === 'number'
              ? t('pages.handbook', 'groupSize', { count: a.groupSize })
              : t('pages.handbook', 'groupSizeRange', { min: a.groupSize.min, max: a.groupSize.max }),
          );
        }
        if (a.optional) extra.push(t('pages.handbook', 'optionalModule'));
        return [h('dt', { id: anchorId('a', a.id) }, a.title), h('dd', null, [a.description ?? null, extra.length > 0 ? ` (${extra.join(', ')})` : null])];
      }),
    ),
  );
}

function handbookHtml(hb: Handbook, offerings: readonly Offering[]): string {
  const { program, tree } = hb;
  const t = hb.text.t;
  const body = h(
    'main',
    null,
    h(
      'header',
      { class: 'title-page' },
      h('p', { class: 'kind' }, t('pages.handbook', 'kind')),
      h('h1', null, program.title),
      program.subtitle === undefined ? null : h('p', { class: 'subtitle' }, program.subtitle),
      factsHtml(programFacts(program, tree, hb.text)),
    ),
    program.goals === undefined || program.goals.length === 0
      ? null
      : h('section', { id: 'goals' }, h('h2', null, t('pages.handbook', 'goals')), h('ul', null, program.goals.map((g) => h('li', null, g)))),
    program.description === undefined && program.context === undefined
      ? null
      : h(
          'section',
          { id: 'context' },
          h('h2', null, t('pages.handbook', 'context')),
          program.description === undefined ? null : h('p', null, program.description),
          program.context === undefined ? null : h('p', null, program.context),
        ),
    tree.topLevel.length === 0
      ? h(
          'section',
          { id: 'modules' },
          h('h2', null, t('pages.handbook', 'modules')),
          h('p', null, program.moduleCount === undefined ? t('pages.handbook', 'noModules') : t('pages.handbook', 'declaredModuleCount', { count: program.moduleCount })),
        )
      : [
          h('section', { id: 'graph' }, h('h2', null, t('pages.handbook', 'graph')), graphFigure(hb)),
          h('section', { id: 'overview' }, h('h2', null, t('pages.handbook', 'overview')), overviewTable(tree.modules, hb)),
          tracksHtml(hb),
          h('section', { id: 'modules' }, h('h2', null, t('pages.handbook', 'modules')), tree.topLevel.map((node) => moduleHtml(node, hb, 3))),
        ],
    activitiesHtml(hb),
  );
  return page({
    lang: hb.text.locale,
    title: `${t('pages.handbook', 'kind')}: ${program.title}`,
    css: HANDBOOK_CSS,
    head: jsonScript(toJsonLd(program, offerings, { locale: hb.text.locale })),
    body,
  });
}

// ------------------------------------------------------------------ Markdown

function wordsMarkdown(words: Words, indent: string): string {
  if (typeof words === 'string') return markdownCell(words);
  if ('href' in words) return `[${markdownCell(words.text)}](${words.href})`;
  if (words.inline) return `${words.lead === undefined ? '' : `${markdownCell(words.lead)} `}${words.items.map((w) => wordsMarkdown(w, indent)).join(', ')}`;
  const lines = words.items.map((w) => `\n${indent}  - ${wordsMarkdown(w, `${indent}  `)}`).join('');
  return `${words.lead === undefined ? '' : markdownCell(words.lead)}${lines}`;
}

function factsMarkdown(facts: readonly Fact[], out: string[]): void {
  if (facts.length === 0) return;
  for (const f of facts) out.push(`- **${markdownCell(f.label)}:** ${wordsMarkdown(f.value, '')}`);
  out.push('');
}

function table(out: string[], head: readonly string[], rows: readonly (readonly string[])[]): void {
  out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) out.push(`| ${row.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`);
  out.push('');
}

function overviewMarkdown(nodes: readonly ModuleNode[], hb: Handbook, out: string[]): void {
  const t = hb.text.t;
  table(
    out,
    [t('pages.handbook', 'number'), t('pages.handbook', 'module'), t('pages.handbook', 'hours'), t('pages.handbook', 'requires'), t('pages.handbook', 'type')],
    nodes.map((node) => [
      hb.numbers.get(node)!,
      `[${markdownCell(node.module.title)}](#${anchorId('m', node.module.id)})`,
      markdownCell(hoursCell(node, hb)),
      (node.module.requires ?? []).map((id) => (hb.tree.byId.has(id) ? `[${hb.numbers.get(hb.tree.byId.get(id)!)!}](#${anchorId('m', id)})` : markdownCell(id))).join(', '),
      node.optional ? t('pages.handbook', 'optionalModule') : t('pages.handbook', 'requiredModule'),
    ]),
  );
}

function moduleMarkdown(node: ModuleNode, hb: Handbook, depth: number, out: string[]): void {
  const t = hb.text.t;
  const m = node.module;
  out.push(`<a id="${anchorId('m', m.id)}"></a>`, '');
  out.push(`${'#'.repeat(Math.min(6, depth))} ${headingMarkdown(`${t('pages.handbook', 'moduleNumber', { number: hb.numbers.get(node)! })}: ${m.title}`)}`, '');
  factsMarkdown(moduleFacts(node, hb.program, hb.tree, hb.text), out);
  if (m.description !== undefined) out.push(markdownCell(m.description), '');
  const topics = m.topics ?? [];
  if (topics.length > 0) {
    const withHours = topics.some((_, k) => node.topicMinutes(k) !== undefined);
    const head = withHours ? [t('pages.handbook', 'topic'), t('pages.handbook', 'hours')] : [t('pages.handbook', 'topic')];
    table(
      out,
      head,
      topics.map((topic, k) => {
        const description = typeof topic === 'string' ? undefined : topic.description;
        const cell = markdownCell(topicTitle(topic)) + (description === undefined ? '' : ` — ${markdownCell(description)}`);
        const minutes = node.topicMinutes(k);
        return withHours ? [cell, minutes === undefined ? '' : markdownCell(hb.text.duration(minutes, hb.program.unit))] : [cell];
      }),
    );
  }
  for (const child of node.children) moduleMarkdown(child, hb, depth + 1, out);
}

/** Escaped text for an ATX heading: a trailing run of `#` would be read as the closing sequence and vanish. */
function headingMarkdown(text: string): string {
  return markdownCell(text).replace(/(^|[ \t])(#+)$/, '$1\\$2');
}

function handbookMarkdown(hb: Handbook): string {
  const { program, tree } = hb;
  const t = hb.text.t;
  const out: string[] = [`# ${headingMarkdown(program.title)}`, ''];
  out.push(`_${markdownCell(t('pages.handbook', 'kind'))}_${program.subtitle === undefined ? '' : ` · ${markdownCell(program.subtitle)}`}`, '');
  factsMarkdown(programFacts(program, tree, hb.text), out);
  if (program.goals !== undefined && program.goals.length > 0) {
    out.push(`## ${t('pages.handbook', 'goals')}`, '');
    for (const g of program.goals) out.push(`- ${markdownCell(g)}`);
    out.push('');
  }
  if (program.description !== undefined || program.context !== undefined) {
    out.push(`## ${t('pages.handbook', 'context')}`, '');
    if (program.description !== undefined) out.push(markdownCell(program.description), '');
    if (program.context !== undefined) out.push(markdownCell(program.context), '');
  }
  if (tree.topLevel.length === 0) {
    out.push(`## ${t('pages.handbook', 'modules')}`, '');
    out.push(program.moduleCount === undefined ? t('pages.handbook', 'noModules') : t('pages.handbook', 'declaredModuleCount', { count: program.moduleCount }), '');
  } else {
    out.push(`## ${t('pages.handbook', 'graph')}`, '');
    out.push('```mermaid', graphMermaid(hb.layout, program, hb.text), '```', '');
    out.push(`_${markdownCell(t('pages.handbook', 'graphDescription', { count: hb.layout.nodes.length }))}_`, '');
    out.push(`## ${t('pages.handbook', 'overview')}`, '');
    overviewMarkdown(tree.modules, hb, out);
    for (const track of program.tracks ?? []) {
      if (track === program.tracks![0]) out.push(`## ${t('pages.handbook', 'tracks')}`, '');
      out.push(`### ${headingMarkdown(track.title)}`, '');
      if (track.description !== undefined) out.push(markdownCell(track.description), '');
      const scope = tree.scope(track.id);
      const nodes = scope === undefined ? [] : tree.modules.filter((n) => scope.has(n));
      if (nodes.length > 0) overviewMarkdown(nodes, hb, out);
    }
    out.push(`## ${t('pages.handbook', 'modules')}`, '');
    for (const node of tree.topLevel) moduleMarkdown(node, hb, 3, out);
  }
  const activities = program.activities ?? [];
  if (activities.length > 0) {
    out.push(`## ${t('pages.handbook', 'activities')}`, '');
    for (const a of activities) out.push(`- **${markdownCell(a.title)}**${a.description === undefined ? '' : `: ${markdownCell(a.description)}`}`);
    out.push('');
  }
  // One line break at the end, by a loop: `/\n+$/` retries every run of line breaks from each one.
  const page = out.join('\n');
  let end = page.length;
  while (end > 0 && page.charCodeAt(end - 1) === 10) end--;
  return `${page.slice(0, end)}\n`;
}
