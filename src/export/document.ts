import { CurriculaUsageError } from '../core/errors.js';
import { graphProblem } from '../core/value-graph.js';
import { DEFAULT_MAX_DEPTH } from '../load/index.js';
import { checkArguments } from '../core/arguments.js';
import type * as YamlLib from 'yaml';
import { lazyRequire } from '../core/lazy-require.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';

/**
 * Options of {@link toYaml} and {@link toJson}.
 *
 * @example
 * ```ts
 * import type { DocumentOptions } from 'curricula';
 * const options: DocumentOptions = { schema: 'https://example.org/schema/offering.schema.json' };
 * ```
 */
export interface DocumentOptions {
  /**
   * A JSON Schema URL or path for editors: YAML gets a first line
   * `# yaml-language-server: $schema=<schema>`, JSON a `$schema` key.
   */
  schema?: string;
}

/** Key orders that read well: identity first, the long lists last. */
const OFFERING_KEYS = [
  '$schema', 'kind', 'id', 'program', 'track', 'title', 'description', 'event', 'provider', 'location',
  'timeZone', 'state', 'region', 'unit', 'language', 'start', 'end', 'recognitions', 'facilitators', 'cost', 'contact',
  'url', 'outcomes', 'sessions',
];
const PROGRAM_KEYS = [
  '$schema', 'kind', 'id', 'title', 'subtitle', 'description', 'language', 'unit', 'hours', 'credits',
  'year', 'region', 'context', 'goals', 'targetGroups', 'tracks', 'admission', 'modes', 'participants',
  'cost', 'certificate', 'provider', 'designer', 'contact', 'url', 'moduleCount', 'activities', 'modules',
];
const SESSION_KEYS = [
  'id', 'title', 'status', 'date', 'time', 'breaks', 'modules', 'agenda', 'mode', 'location', 'facilitators',
  'reason', 'note', 'sequence',
];
const MODULE_KEYS = [
  'id', 'title', 'description', 'hours', 'optional', 'requires', 'targetGroups', 'modes', 'sessions',
  'maxPerSession', 'program', 'participants', 'topics', 'modules',
];

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** A copy without `undefined` members, with the listed keys first (others keep their order after them). */
function ordered(value: Record<string, unknown>, keys: readonly string[]): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const k of keys) if (value[k] !== undefined) out[k] = plain(value[k]);
  for (const [k, v] of Object.entries(value)) if (!(k in out) && !keys.includes(k) && v !== undefined) out[k] = plain(v);
  return out;
}

function plain(value: unknown): Plain {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(plain);
  if (value !== null && typeof value === 'object') return ordered(value as Record<string, unknown>, []);
  return value as Plain;
}

function orderModules(modules: unknown): Plain {
  if (!Array.isArray(modules)) return plain(modules);
  return modules.map((m: unknown) => {
    if (m === null || typeof m !== 'object') return plain(m);
    const o = ordered(m as Record<string, unknown>, MODULE_KEYS);
    if ('modules' in o) o['modules'] = orderModules((m as Record<string, unknown>)['modules']);
    return o;
  });
}

/**
 * The document as plain data in a stable, readable key order; sessions with
 * the default status `scheduled` leave it out.
 */
function arrange(document: Program | Offering, schema: string | undefined): { [key: string]: Plain } {
  const source = document as unknown as Record<string, unknown>;
  if (document.kind === 'offering') {
    const out = ordered({ ...source, ...(schema ? { $schema: schema } : {}) }, OFFERING_KEYS);
    out['sessions'] = document.sessions.map((s) => {
      const o = ordered(s as unknown as Record<string, unknown>, SESSION_KEYS);
      if (o['status'] === 'scheduled') delete o['status'];
      return o;
    });
    return out;
  }
  const out = ordered({ ...source, ...(schema ? { $schema: schema } : {}) }, PROGRAM_KEYS);
  out['modules'] = orderModules(document.modules);
  return out;
}

/**
 * Writes a program or an offering as YAML that loads back (with the
 * library's loader and parser) to an equal value and no diagnostics. Keys
 * come in a stable order (kind, id, … sessions or modules last). Strings
 * that YAML 1.1 readers would take for dates, booleans or numbers
 * ("2027-01-29", "yes", "0123") are quoted, so other tools read the file the
 * same way.
 *
 * @example
 * ```ts
 * import { toYaml } from 'curricula';
 * toYaml(offering, { schema: './schema/offering.schema.json' });
 * // '# yaml-language-server: $schema=./schema/offering.schema.json\nkind: offering\nid: …'
 * ```
 */
export function toYaml(document: Program | Offering, options: DocumentOptions = {}): string {
  checkArguments('toYaml', [['document', document, 'document'], ['options', options, 'options']]);
  checkGraph('toYaml', document);
  const text = lazyRequire<typeof YamlLib>('yaml').stringify(arrange(document, undefined), { version: '1.1', lineWidth: 0, indentSeq: true });
  return options.schema ? `# yaml-language-server: $schema=${options.schema.replace(/[\r\n]/g, '')}\n${text}` : text;
}

/**
 * Writes a program or an offering as JSON (two-space indentation, final
 * newline) in the same key order as {@link toYaml}; with `schema`, a
 * `$schema` key comes first.
 *
 * @example
 * ```ts
 * import { toJson } from 'curricula';
 * JSON.parse(toJson(program)).kind; // 'program'
 * ```
 */
export function toJson(document: Program | Offering, options: DocumentOptions = {}): string {
  checkArguments('toJson', [['document', document, 'document'], ['options', options, 'options']]);
  checkGraph('toJson', document);
  return JSON.stringify(arrange(document, options.schema), null, 2) + '\n';
}

/** A document built in code that contains itself, or nests past the loader's depth, is a usage error, not a stack overflow. */
function checkGraph(fn: string, document: unknown): void {
  const graph = graphProblem(document, DEFAULT_MAX_DEPTH);
  if (graph?.kind === 'cycle') throw new CurriculaUsageError(`${fn}: the document contains itself: ${graph.pointer} is the object at ${graph.first || 'the top'}, which contains it`);
  if (graph?.kind === 'deep') throw new CurriculaUsageError(`${fn}: the document nests deeper than ${DEFAULT_MAX_DEPTH} levels at ${graph.pointer}`);
}
