import type { Phrase } from '../../core/diagnostic.js';
import { DEFAULT_MAX_BYTES } from '../../load/index.js';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from '../../model/parse.js';
import { sessionIds } from '../../model/session-id.js';
import { formatHelp, parseCommandArgs, type CommandSpec } from '../args.js';
import type { CliContext } from '../context.js';
import { CliError, cliPhrase, cliText } from '../errors.js';
import { addSessionIds } from '../session-id-edit.js';
import { readWholeFile } from '../read-file.js';
import { writeFileAtomic } from '../write-file.js';
import { colorFlag, localeOption, reportOnStderr } from './common.js';

/**
 * The options of `curricula fix`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(fixSpec));
 * ```
 */
export const fixSpec: CommandSpec = {
  name: 'fix',
  summary: 'fixSummary',
  usage: 'fixUsage',
  details: 'fixDetails',
  options: {
    'add-session-ids': { type: 'boolean', description: 'addSessionIdsOption' },
    check: { type: 'boolean', description: 'fixCheckOption' },
    locale: { type: 'string', value: 'en|de', description: 'messagesLocaleOption' },
  },
  positionals: { min: 1, max: Infinity, name: 'offeringFile' },
};

function readText(file: string, cwd: string): string {
  // Never past the size limit, whatever the file is: a larger one is no document to fix.
  const bytes = readWholeFile(resolve(cwd, file), file, DEFAULT_MAX_BYTES);
  // fix writes UTF-8; a file in another encoding is left for the user to convert, never rewritten in one silently.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || text.includes('\uFFFD')) {
    throw new CliError('fixNotUtf8', { file });
  }
  return text;
}

/**
 * `curricula fix --add-session-ids`: writes an id into every session of the
 * given offering files that has none: the id its calendar event has now
 * (`s01`, `s02`, … by position), so nothing already published changes,
 * and from then on inserting a session moves no event. Only those lines
 * are added (comments and formatting stay); each file is written
 * atomically, and only when it parses as an offering before and, with the
 * ids, after. `--check` writes nothing and exits 1 when a file lacks ids.
 *
 * @example
 * ```ts
 * import { runFix } from './fix.js';
 * await runFix(['kurs-2027.offering.yaml', '--add-session-ids'], ctx);
 * ```
 */
export async function runFix(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(fixSpec, argv);
  const locale = localeOption(values) ?? 'en';
  ctx.locale = locale;
  if (values.help) {
    ctx.stdout.write(formatHelp(fixSpec, locale));
    return 0;
  }
  if (!values['add-session-ids']) throw new CliError('fixWhat', { usage: { ns: 'cli.help', id: fixSpec.usage } });
  const say = (phrase: Phrase): void => ctx.stdout.write(`${cliText(locale, phrase)}\n`);
  let status = 0;
  for (const file of positionals) {
    const raw = readText(file, ctx.cwd);
    const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const text = raw.slice(bom.length);
    const format = /\.json$/i.test(file) ? 'json' : 'yaml';
    const parsed = parseDocument(text, { filename: file, format, locale });
    if (!parsed.ok || parsed.value === undefined) {
      reportOnStderr(ctx, [file], parsed.diagnostics, locale, colorFlag(values));
      status = 1;
      continue;
    }
    if (parsed.value.kind !== 'offering') {
      say(cliPhrase('fixNotOffering', { file }));
      continue;
    }
    const expected = sessionIds(parsed.value.sessions);
    const edit = addSessionIds(text, format);
    if (edit === undefined) {
      ctx.stderr.write(`curricula: ${cliText(locale, cliPhrase('fixCannotPlace', { file }))}\n`);
      status = 1;
      continue;
    }
    if (edit.added.length === 0) {
      say(cliPhrase('fixNothing', { file }));
      continue;
    }
    // The edited text must read back as the same offering with exactly these ids, or nothing is written.
    const after = parseDocument(edit.text, { filename: file, format, locale });
    const wanted = { ...parsed.value, sessions: parsed.value.sessions.map((s, i) => ({ ...s, id: expected[i]! })) };
    if (!after.ok || !isDeepStrictEqual(after.value, wanted)) {
      ctx.stderr.write(`curricula: ${cliText(locale, cliPhrase('fixCannotPlace', { file }))}\n`);
      status = 1;
      continue;
    }
    const ids = edit.added.map((a) => a.id).join(', ');
    if (values.check) {
      say(edit.added.length === 1 ? cliPhrase('fixWouldOne', { file, ids }) : cliPhrase('fixWould', { file, count: edit.added.length, ids }));
      status = 1;
      continue;
    }
    writeFileAtomic(resolve(ctx.cwd, file), bom + edit.text, { display: file });
    say(edit.added.length === 1 ? cliPhrase('fixAddedOne', { file, ids }) : cliPhrase('fixAdded', { file, count: edit.added.length, ids }));
  }
  return status;
}
