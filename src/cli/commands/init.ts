import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Locale } from '../../core/locale.js';
import type { CliMessageId } from '../catalog/types.js';
import { cliText } from '../errors.js';
import { formatHelp, parseCommandArgs, type CommandSpec } from '../args.js';
import type { CliContext } from '../context.js';
import { writeFileAtomic } from '../write-file.js';
import { localeOption } from './common.js';

/**
 * The options of `curricula init`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(initSpec));
 * ```
 */
export const initSpec: CommandSpec = {
  name: 'init',
  summary: 'initSummary',
  usage: 'initUsage',
  details: 'initDetails',
  options: {
    locale: { type: 'string', value: 'en|de', description: 'starterLocaleOption' },
  },
  positionals: { min: 0, max: 1, name: 'fileName' },
};

const SCHEMA_URL = 'https://unpkg.com/curricula/schema/program.schema.json';

/**
 * Where editors find the program schema: the installed package's copy when
 * there is one above the new file (works offline, matches the version),
 * else the published URL.
 */
function schemaReference(target: string): string {
  let dir = dirname(target);
  for (;;) {
    const candidate = join(dir, 'node_modules', 'curricula', 'schema', 'program.schema.json');
    try {
      if (statSync(candidate).isFile()) {
        const rel = relative(dirname(target), candidate).split(sep).join('/');
        return rel.startsWith('.') ? rel : `./${rel}`;
      }
    } catch {
      // Not installed here; look further up.
    }
    const parent = dirname(dir);
    if (parent === dir) return SCHEMA_URL;
    dir = parent;
  }
}

/** German letters spelled out as Germans write them without umlauts, so `Straße` is `strasse`, not `stra-e`. */
const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/**
 * A document id from a file name: `Mein Kurs.yaml` → `mein-kurs`,
 * `Übung Straße.yaml` → `uebung-strasse`, `juleica.program.yaml` →
 * `juleica` (the kind in a file name is not part of the id).
 *
 * @example
 * ```ts
 * import { idFrom } from './init.js';
 * idFrom('Straße.yaml'); // 'strasse'
 * ```
 */
export function idFrom(file: string): string {
  // `juleica.program.yaml` names a program `juleica`: the kind in the name is a convention, not part of the id.
  const stem = basename(file).replace(/\.(ya?ml|json)$/i, '').replace(/[.-](program|offering)$/i, '');
  const id = stem
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return id === '' || id === 'program' ? 'my-program' : id;
}

/**
 * A scalar as YAML reads it back as that same string: ids such as `2027`,
 * `1e3`, `null` or `yes` would otherwise be read as numbers, null or
 * booleans, and fail validation.
 *
 * @example
 * ```ts
 * import { yamlString } from './init.js';
 * yamlString('2027'); // "'2027'"
 * yamlString('kurs'); // 'kurs'
 * ```
 */
export function yamlString(text: string): string {
  const plain = /^[a-z][a-z0-9._-]*$/i.test(text) && !/^(?:null|true|false|yes|no|on|off|y|n|nan|inf)$/i.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}

/**
 * The starter program: two modules whose hours add up to the declared
 * total, a topic each, and a prerequisite, in the chosen language. It
 * validates without findings.
 *
 * @example
 * ```ts
 * import { starterProgram } from './init.js';
 * starterProgram('kurs', 'de', 'yaml', SCHEMA_URL).startsWith('# yaml-language-server: $schema='); // true
 * ```
 */
export function starterProgram(id: string, locale: Locale, format: 'yaml' | 'json', schema: string): string {
  // The starter's words (title, module ids and titles, comments) are texts of the catalogs, `cli.init`.
  const t = (key: CliMessageId<'cli.init'>): string => cliText(locale, { ns: 'cli.init', id: key });
  const doc = {
    kind: 'program',
    id,
    title: t('title'),
    language: locale,
    unit: 'UE',
    hours: 40,
    modules: [
      { id: t('firstId'), title: t('firstTitle'), hours: 16, topics: [t('firstTopic')] },
      { id: t('secondId'), title: t('secondTitle'), hours: 24, requires: [t('firstId')], topics: [t('secondTopic')] },
    ],
  };
  if (format === 'json') return JSON.stringify({ $schema: schema, ...doc }, null, 2) + '\n';
  const [m1, m2] = doc.modules;
  return [
    `# yaml-language-server: $schema=${schema}`,
    `kind: program`,
    `id: ${yamlString(id)}`,
    `title: ${doc.title}`,
    `language: ${doc.language}`,
    `unit: UE  # ${t('unitComment')}`,
    `hours: 40  # ${t('hoursComment')}`,
    `modules:`,
    `  - id: ${m1!.id}`,
    `    title: ${m1!.title}`,
    `    hours: ${m1!.hours}`,
    `    topics:`,
    `      - ${m1!.topics[0]}`,
    `  - id: ${m2!.id}`,
    `    title: ${m2!.title}`,
    `    hours: ${m2!.hours}`,
    `    requires: [${m1!.id}]`,
    `    topics:`,
    `      - ${m2!.topics[0]}`,
    '',
  ].join('\n');
}

/**
 * `curricula init`: writes a starter program with its `$schema` comment,
 * and refuses to overwrite an existing file.
 *
 * @example
 * ```ts
 * import { runInit } from './init.js';
 * await runInit(['kurs.yaml', '--locale', 'de'], ctx);
 * ```
 */
export async function runInit(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(initSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(initSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const locale = localeOption(values) ?? 'de';
  // One language throughout: the starter's, so "angelegt" is never followed by "already exists".
  ctx.locale = locale;
  const file = positionals[0] ?? 'program.yaml';
  const target = resolve(ctx.cwd, file);
  const format = /\.json$/i.test(file) ? 'json' : 'yaml';
  writeFileAtomic(target, starterProgram(idFrom(file), locale, format, schemaReference(target)), { overwrite: false, display: file });
  ctx.stderr.write(`${cliText(locale, { ns: 'cli.init', id: 'wrote', data: { file } })}\n`);
  return 0;
}
