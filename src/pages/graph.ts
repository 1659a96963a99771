import { checkArguments } from '../core/arguments.js';
import type { Locale } from '../core/locale.js';
import type { Program } from '../model/program.js';
import { graphMermaid } from './graph-mermaid.js';
import { graphSvg } from './graph-svg.js';
import { layoutPrerequisites } from './graph-layout.js';
import { documentLocale, pageText } from './text.js';

/**
 * Options of {@link prerequisiteGraphSvg} and {@link prerequisiteGraphMermaid}.
 *
 * @example
 * ```ts
 * import type { GraphOptions } from 'curricula/pages';
 * const options: GraphOptions = { locale: 'en' };
 * ```
 */
export interface GraphOptions {
  /** Language of the hours and labels; default: the program's. */
  locale?: Locale;
}

/**
 * The prerequisite graph of a program as an SVG element (for an HTML page
 * or a file): modules left to right in `requires` order, optional ones
 * dashed, tracks as bands, hours on each box; laid out by
 * {@link layoutPrerequisites}. Each box links to `#m-<module id>`.
 *
 * @example
 * ```ts
 * import { prerequisiteGraphSvg } from 'curricula/pages';
 * document.querySelector('#graph')!.innerHTML = prerequisiteGraphSvg(program);
 * ```
 */
export function prerequisiteGraphSvg(program: Program, options: GraphOptions = {}): string {
  checkArguments('prerequisiteGraphSvg', [['program', program, 'program'], ['options', options, 'options']]);
  return graphSvg(layoutPrerequisites(program), program, pageText(options.locale ?? documentLocale(program))).markup;
}

/**
 * The prerequisite graph as a Mermaid flowchart, for Markdown (GitHub
 * renders ```mermaid blocks): the same modules, order, tracks and dashes
 * as {@link prerequisiteGraphSvg}.
 *
 * @example
 * ```ts
 * import { prerequisiteGraphMermaid } from 'curricula/pages';
 * const markdown = '```mermaid\n' + prerequisiteGraphMermaid(program) + '\n```\n';
 * ```
 */
export function prerequisiteGraphMermaid(program: Program, options: GraphOptions = {}): string {
  checkArguments('prerequisiteGraphMermaid', [['program', program, 'program'], ['options', options, 'options']]);
  return graphMermaid(layoutPrerequisites(program), program, pageText(options.locale ?? documentLocale(program)));
}
