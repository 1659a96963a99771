import { checkArguments } from '../core/arguments.js';
/**
 * The two text formats a curriculum document can be written in.
 *
 * @example
 * ```ts
 * import type { SourceFormat } from 'curricula';
 * const format: SourceFormat = 'yaml';
 * ```
 */
export type SourceFormat = 'json' | 'yaml';

/**
 * Decides how to read a text (Formaterkennung): an explicit `format` wins,
 * then the file name's extension (`.json`; `.yaml` or `.yml`, any case),
 * then a sniff: text whose first non-blank character is `{` or `[` is JSON,
 * anything else YAML.
 *
 * @example
 * ```ts
 * import { detectFormat } from 'curricula';
 * detectFormat('a: 1');                        // 'yaml'
 * detectFormat('{"a": 1}');                    // 'json'
 * detectFormat('{a: 1}', { filename: 'p.yml' }); // 'yaml'
 * ```
 */
export function detectFormat(text: string, options: { filename?: string | undefined; format?: SourceFormat | undefined } = {}): SourceFormat {
  checkArguments('detectFormat', [['text', text, 'text'], ['options', options, 'options']]);
  if (options.format === 'json' || options.format === 'yaml') return options.format;
  const name = typeof options.filename === 'string' ? options.filename.toLowerCase() : '';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}
