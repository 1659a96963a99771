import { join, resolve } from 'node:path';
import type { Phrase } from '../../core/diagnostic.js';
import { DEFAULT_MAX_BYTES } from '../../load/index.js';
import { hasErrors } from '../../core/diagnostic.js';
import type { Locale } from '../../core/locale.js';
import { diff, diffToMarkdown, icsUpdate, type OfferingDiff, type SessionChange, type SessionChangeKind } from '../../export/index.js';
import type { Offering } from '../../model/offering.js';
import type { Program } from '../../model/program.js';
import type { Session } from '../../model/session.js';
import { parseTimeWindow } from '../../model/time-window.js';
import { validate } from '../../validate/index.js';
import { choiceOption, formatHelp, parseCommandArgs, stringList, stringOption, type CommandSpec } from '../args.js';
import type { CliContext } from '../context.js';
import { readOffering, readProgram } from '../documents.js';
import { CliError, cliText } from '../errors.js';
import { publishedSequences } from '../published-sequences.js';
import { validationSettings, VALIDATION_OPTIONS, withoutOptionDiagnostics } from '../validation-settings.js';
import { readWholeFile } from '../read-file.js';
import { writeFileAtomic } from '../write-file.js';
import { colorFlag, localeOption, reportOnStderr, UID_DOMAIN_OPTION, uidDomainFlag } from './common.js';
import { stampTime } from './render.js';

/**
 * The output formats of `curricula diff`.
 *
 * @example
 * ```ts
 * DIFF_FORMATS.includes('ics'); // true
 * ```
 */
export const DIFF_FORMATS = ['stylish', 'json', 'md', 'ics'] as const;

/**
 * The options of `curricula diff`.
 *
 * @example
 * ```ts
 * process.stdout.write(formatHelp(diffSpec));
 * ```
 */
export const diffSpec: CommandSpec = {
  name: 'diff',
  summary: 'diffSummary',
  usage: 'diffUsage',
  details: 'diffDetails',
  options: {
    program: { type: 'string', short: 'p', value: 'FILE', description: 'diffProgramOption' },
    format: { type: 'string', short: 'f', value: DIFF_FORMATS.join('|'), description: 'diffFormatOption' },
    out: { type: 'string', short: 'o', value: 'FILE', description: 'diffOutOption' },
    published: { type: 'string', multiple: true, value: 'FILE.ics', description: 'publishedOption' },
    organizer: { type: 'string', value: 'EMAIL', description: 'organizerOption' },
    ...UID_DOMAIN_OPTION,
    locale: { type: 'string', value: 'en|de', description: 'outputLocaleOption' },
    ...VALIDATION_OPTIONS,
  },
  positionals: { min: 2, max: 2, name: 'twoOfferings' },
};

/** When a session takes place, for the stylish lines: `Fri 2027-03-26 09:30–16:30`, or to be agreed. */
function when(session: Session | undefined): Phrase {
  if (session === undefined || session.date === undefined || session.status === 'to-be-agreed') return { ns: 'cli.diff', id: 'whenOpen' };
  const w = session.time === undefined ? undefined : parseTimeWindow(session.time);
  if (w === undefined) return { ns: 'cli.diff', id: 'whenAllDay', data: { date: session.date } };
  return { ns: 'cli.diff', id: 'when', data: { date: session.date, time: session.time! } };
}

function changeText(c: SessionChange, locale: Locale): string {
  const t = (p: Phrase) => cliText(locale, p);
  const fields = c.fields.map((f) => ({ ns: 'export.diffField', id: f }));
  let text: string;
  if (c.kind === 'moved') {
    text = t({ ns: 'cli.diff', id: 'movedTo', data: { from: t(when(c.before!.session)), to: t(when(c.after!.session)) } });
    const rest = c.fields.filter((f) => f !== 'date' && f !== 'time');
    if (rest.length > 0) text = t({ ns: 'cli.diff', id: 'withFields', data: { text, fields: rest.map((f) => ({ ns: 'export.diffField', id: f })) } });
  } else if (c.kind === 'changed') {
    text = t({ ns: 'cli.diff', id: 'withFields', data: { text: t(when(c.after!.session)), fields } });
  } else {
    text = t(when((c.kind === 'removed' || c.kind === 'cancelled' ? c.before : c.after)!.session));
  }
  if (c.replacement !== undefined) text = t({ ns: 'cli.diff', id: 'replacedBy', data: { text, id: c.replacement } });
  if (c.replaces !== undefined) text = t({ ns: 'cli.diff', id: 'replaces', data: { text, id: c.replaces } });
  return text;
}

const KINDS: readonly SessionChangeKind[] = ['cancelled', 'moved', 'changed', 'removed', 'added', 'reinstated'];

/** The changes as lines of text, like `validate`'s stylish report: id, kind, when and what. */
function formatDiffText(d: OfferingDiff, files: readonly [string, string], locale: Locale): string {
  const t = (p: Phrase) => cliText(locale, p);
  const lines = [
    d.offeringChanged
      ? t({ ns: 'cli.diff', id: 'headerRenamed', data: { before: files[0], after: files[1], beforeId: d.before.id, afterId: d.after.id } })
      : t({ ns: 'cli.diff', id: 'header', data: { before: files[0], after: files[1], id: d.after.id } }),
  ];
  const rows = d.changes.map((c) => [(c.after ?? c.before)!.id, t({ ns: 'cli.diff', id: c.kind }), changeText(c, locale)] as const);
  const idWidth = Math.max(0, ...rows.map((r) => r[0].length));
  const kindWidth = Math.max(0, ...rows.map((r) => r[1].length));
  for (const [id, kind, text] of rows) lines.push(`  ${id.padEnd(idWidth)}  ${kind.padEnd(kindWidth)}  ${text}`);
  lines.push('');
  if (d.changes.length === 0) lines.push(t({ ns: 'cli.diff', id: 'none', data: { unchanged: d.unchanged } }));
  else {
    const kinds = KINDS.map((kind) => ({ kind, count: d.changes.filter((c) => c.kind === kind).length }))
      .filter((k) => k.count > 0)
      .map((k) => ({ ns: 'cli.diff', id: 'kindCount', data: { count: k.count, kind: { ns: 'cli.diff', id: k.kind } } }));
    lines.push(
      d.changes.length === 1
        ? t({ ns: 'cli.diff', id: 'summaryOne', data: { kinds, unchanged: d.unchanged } })
        : t({ ns: 'cli.diff', id: 'summary', data: { count: d.changes.length, kinds, unchanged: d.unchanged } }),
    );
  }
  if (d.withoutIds > 0) lines.push(t({ ns: 'cli.diff', id: 'matchedByDate', data: { count: d.withoutIds } }));
  if (d.offeringChanged) lines.push(t({ ns: 'cli.diff', id: 'offeringChanged', data: { before: d.before.id, after: d.after.id } }));
  return lines.join('\n') + '\n';
}

/** The changes as JSON: the files and ids, how sessions were matched, and each change with both versions of its session. */
function formatDiffJson(d: OfferingDiff, files: readonly [string, string]): string {
  const version = (v: SessionChange['before']) => (v === undefined ? undefined : { id: v.id, ownId: v.ownId, index: v.index, session: v.session });
  return (
    JSON.stringify(
      {
        before: { file: files[0], id: d.before.id },
        after: { file: files[1], id: d.after.id },
        offeringChanged: d.offeringChanged,
        matchedBy: d.matchedBy,
        withoutIds: d.withoutIds,
        unchanged: d.unchanged,
        changes: d.changes.map((c) => ({
          kind: c.kind,
          id: (c.after ?? c.before)!.id,
          fields: c.fields,
          ...(c.replacement !== undefined ? { replacement: c.replacement } : {}),
          ...(c.replaces !== undefined ? { replaces: c.replaces } : {}),
          ...(c.before !== undefined ? { before: version(c.before) } : {}),
          ...(c.after !== undefined ? { after: version(c.after) } : {}),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

function readPublished(files: readonly string[], cwd: string, locale: Locale): Record<string, number> | undefined {
  if (files.length === 0) return undefined;
  const out: Record<string, number> = {};
  for (const file of files) {
    // Never past the size limit, whatever the file is (`--published /dev/zero` ends).
    const text = readWholeFile(resolve(cwd, file), file, DEFAULT_MAX_BYTES).toString('utf8');
    const sequences = publishedSequences(text);
    if (sequences === undefined) throw new CliError('detail', { detail: cliText(locale, { ns: 'cli.diff', id: 'invalidPublished', data: { file } }) });
    for (const [uid, n] of Object.entries(sequences)) out[uid] = Math.max(out[uid] ?? 0, n);
  }
  return out;
}

/**
 * `curricula diff`: what changed between two versions of an offering, as
 * text, JSON, a Markdown notice for participants, or the calendar update
 * (a folder of ICS files: `update.ics` and one `cancel-<session>.ics` per
 * cancelled or removed session).
 *
 * @example
 * ```ts
 * import { runDiff } from './diff.js';
 * await runDiff(['kurs.yaml', 'kurs-neu.yaml', '--program', 'program.yaml', '--format', 'md'], ctx);
 * ```
 */
export async function runDiff(argv: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(diffSpec, argv);
  if (values.help) {
    ctx.stdout.write(formatHelp(diffSpec, localeOption(values) ?? 'en'));
    return 0;
  }
  const settings = validationSettings(values, ctx.cwd);
  ctx.locale = settings.locale;
  const messages = settings.locale;
  const format = choiceOption('--format', stringOption(values, 'format') ?? 'stylish', DIFF_FORMATS);
  const out = stringOption(values, 'out');
  if (format === 'ics' && out === undefined) throw new CliError('detail', { detail: cliText(messages, { ns: 'cli.diff', id: 'needsOut' }) });
  const organizerFlag = stringOption(values, 'organizer');
  const uidDomain = uidDomainFlag(values, settings.loaded?.config.uidDomain);
  const published = readPublished(stringList(values, 'published'), ctx.cwd, messages);
  const files = [positionals[0]!, positionals[1]!] as const;
  const programFile = stringOption(values, 'program');

  const programResult = programFile === undefined ? undefined : readProgram(programFile, ctx.cwd, settings.explicitLocale);
  const versions = files.map((file) => readOffering(file, ctx.cwd, settings.explicitLocale));
  // Each version with the program, apart: both carry the same offering id, which one set would call a duplicate.
  let failed = false;
  for (const [i, result] of versions.entries()) {
    const set = programResult === undefined ? [result] : [result, programResult];
    const checked = [files[i]!, ...(programFile === undefined ? [] : [programFile])];
    const findings = withoutOptionDiagnostics(validate(set, settings.options), checked, settings, ctx).filter(
      (d) => d.severity !== 'info' && (i === 0 || d.file !== programFile),
    );
    reportOnStderr(ctx, checked, findings, messages, colorFlag(values));
    if (hasErrors(findings) || result.value === undefined) failed = true;
  }
  if (failed || (programResult !== undefined && programResult.value === undefined)) return 1;
  const before: Offering = versions[0]!.value!;
  const after: Offering = versions[1]!.value!;
  const program: Program | undefined = programResult?.value;
  const d = diff(before, after);
  const note = (p: Phrase) => ctx.stderr.write(`curricula: ${cliText(messages, p)}\n`);
  // What the text and JSON say in their own lines, the notice and the calendar files cannot: said on stderr.
  if (format === 'md' || format === 'ics') {
    if (d.withoutIds > 0) note({ ns: 'cli.diff', id: 'matchedByDate', data: { count: d.withoutIds } });
    if (d.offeringChanged) note({ ns: 'cli.diff', id: 'offeringChanged', data: { before: d.before.id, after: d.after.id } });
  }

  if (format === 'ics') {
    const organizer = organizerFlag === undefined ? undefined : { email: organizerFlag };
    const update = icsUpdate(before, after, program, {
      now: stampTime(ctx.env),
      ...(organizer ? { organizer } : {}),
      ...(uidDomain ? { uidDomain } : {}),
      ...(published ? { published } : {}),
      ...(settings.explicitLocale ? { locale: settings.explicitLocale } : {}),
    });
    // Nothing is written when the cancellations cannot be sent: a half update would leave calendars wrong.
    if (update.needsOrganizer) throw new CliError('detail', { detail: cliText(messages, { ns: 'cli.diff', id: 'needsOrganizer' }) });
    const folder = resolve(ctx.cwd, out!);
    const written: string[] = [];
    if (update.publish !== undefined) {
      writeFileAtomic(join(folder, 'update.ics'), update.publish, { display: join(out!, 'update.ics'), createFolders: true });
      written.push(join(out!, 'update.ics'));
    }
    for (const cancel of update.cancels) {
      const name = `cancel-${cancel.sessionId}.ics`;
      writeFileAtomic(join(folder, name), cancel.text, { display: join(out!, name), createFolders: true });
      written.push(join(out!, name));
    }
    if (written.length === 0) ctx.stdout.write(`${cliText(messages, { ns: 'cli.diff', id: 'nothingToSend' })}\n`);
    for (const file of written) ctx.stdout.write(`${cliText(messages, { ns: 'cli.diff', id: 'wrote', data: { file } })}\n`);
    return 0;
  }

  const outputLocale = localeOption(values);
  const output =
    format === 'md'
      ? diffToMarkdown(before, after, program, outputLocale ? { locale: outputLocale } : {})
      : format === 'json'
        ? formatDiffJson(d, files)
        : formatDiffText(d, files, messages);
  if (out !== undefined) writeFileAtomic(resolve(ctx.cwd, out), output, { display: out, createFolders: true });
  else ctx.stdout.write(output);
  return 0;
}
