import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/run.js';
import { addSessionIds } from '../../src/cli/session-id-edit.js';
import { toIcs } from '../../src/export/index.js';
import { parseOffering } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import { sessionIds } from '../../src/model/session-id.js';
import { validate } from '../../src/validate/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'curricula-session-ids-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[]) {
  const out = { stdout: '', stderr: '' };
  const ctx: CliContext = {
    cwd: tmp,
    env: {},
    stdout: { write: (t) => void (out.stdout += t), isTTY: false },
    stderr: { write: (t) => void (out.stderr += t), isTTY: false },
  };
  return { status: await runCli(argv, ctx), ...out };
}

// The exports need the program the offering runs; these offerings name no modules, so any program will do.
const PROGRAM: Program = { kind: 'program', id: 'kurs', title: 'Kurs', language: 'de', unit: 'UE', modules: [] };
const uids = (text: string) => [...toIcs(parseOffering(text).value!, PROGRAM).matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);

describe('sessionIds', () => {
  it('keeps own ids and gives the others their position, never a name another session has', () => {
    expect(sessionIds([{}, { id: 'auftakt' }, {}])).toEqual(['s01', 'auftakt', 's03']);
    expect(sessionIds([{ id: 's02' }, {}, { id: 's02-2' }])).toEqual(['s02', 's02-3', 's02-2']);
    expect(sessionIds(Array.from({ length: 101 }, () => ({}))).slice(98)).toEqual(['s99', 's100', 's101']);
  });
});

describe('addSessionIds: only the id lines are added', () => {
  it('keeps comments, blank lines, quoting and key order of a block list', () => {
    const text = [
      '# Kurs 2027',
      'kind: offering',
      'id: kurs-2027',
      'program: p',
      'sessions:',
      '  # Auftakt im Rathaus',
      '  - date: 2027-01-04 # Montag',
      '    time: "09:30-16:30"',
      '',
      '  - id: zwei',
      '    date: 2027-01-11',
      '  -',
      '    # ohne Zeit',
      "    date: '2027-01-18'",
      '    status: cancelled',
      '',
    ].join('\n');
    const edit = addSessionIds(text, 'yaml')!;
    expect(edit.added).toEqual([{ index: 0, id: 's01' }, { index: 2, id: 's03' }]);
    expect(edit.text).toBe(
      text.replace('  - date: 2027-01-04 # Montag', '  - id: s01\n    date: 2027-01-04 # Montag').replace("    # ohne Zeit\n    date:", "    # ohne Zeit\n    id: s03\n    date:"),
    );
  });

  it('writes into flow mappings and JSON objects in their own style, CRLF kept', () => {
    const flow = 'kind: offering\r\nid: o\r\nprogram: p\r\nsessions:\r\n  - { date: 2027-01-04 }\r\n  - {date: 2027-01-05, time: "09:00-12:00"}\r\n';
    expect(addSessionIds(flow, 'yaml')!.text).toBe(
      'kind: offering\r\nid: o\r\nprogram: p\r\nsessions:\r\n  - { id: s01, date: 2027-01-04 }\r\n  - {id: s02, date: 2027-01-05, time: "09:00-12:00"}\r\n',
    );
    const json = '{\r\n  "kind": "offering", "id": "o", "program": "p",\r\n  "sessions": [\r\n    {\r\n      "date": "2027-01-04"\r\n    },\r\n    {"date": "2027-01-05"}\r\n  ]\r\n}\r\n';
    const edited = addSessionIds(json, 'json')!.text;
    expect(edited).toBe(json.replace('    {\r\n      "date"', '    {\r\n      "id": "s01",\r\n      "date"').replace('{"date": "2027-01-05"}', '{"id": "s02", "date": "2027-01-05"}'));
    expect(JSON.parse(edited).sessions.map((s: { id: string }) => s.id)).toEqual(['s01', 's02']);
  });

  it('changes nothing when every session has an id, and gives up on what it cannot place an id in', () => {
    const text = 'kind: offering\nid: o\nprogram: p\nsessions:\n  - id: a\n    date: 2027-01-04\n';
    expect(addSessionIds(text, 'yaml')).toEqual({ text, added: [] });
    expect(addSessionIds('kind: offering\nid: o\nprogram: p\nsessions:\n  - &a { date: 2027-01-04 }\n  - *a\n', 'yaml')).toBeUndefined();
  });

  it('writes the ids the events already have: no UID changes, and the finding goes away', () => {
    const text = 'kind: offering\nid: o\nprogram: p\nsessions:\n  - date: 2027-01-04\n  - { date: 2027-01-05 }\n  - status: to-be-agreed\n';
    const fixed = addSessionIds(text, 'yaml')!.text;
    expect(uids(fixed)).toEqual(uids(text));
    const codes = (t: string) => validate([parseOffering(t, { filename: 'o.yaml' })]).map((d) => d.code);
    expect(codes(text)).toContain('offering/session-ids');
    expect(codes(fixed)).not.toContain('offering/session-ids');
  });
});

describe('curricula fix --add-session-ids', () => {
  it('writes the ids into the file and says which; --check writes nothing and exits 1', async () => {
    const file = join(tmp, 'kurs.yaml');
    const text = '# Kommentar\nkind: offering\nid: kurs\nprogram: p\nsessions:\n  - date: 2027-01-04\n  - date: 2027-01-05\n';
    writeFileSync(file, '\uFEFF' + text);
    expect(await run(['fix', 'kurs.yaml', '--add-session-ids', '--check'])).toEqual({
      status: 1,
      stdout: 'kurs.yaml: 2 sessions have no id; --add-session-ids would add s01, s02\n',
      stderr: '',
    });
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + text);
    expect(await run(['fix', 'kurs.yaml', '--add-session-ids', '--locale', 'de'])).toEqual({ status: 0, stdout: 'kurs.yaml: 2 Terminkennungen ergänzt (s01, s02)\n', stderr: '' });
    // The byte order mark stays, and so does everything else.
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + text.replace('  - date: 2027-01-04\n  - date: 2027-01-05', '  - id: s01\n    date: 2027-01-04\n  - id: s02\n    date: 2027-01-05'));
    expect(await run(['fix', 'kurs.yaml', '--add-session-ids'])).toEqual({ status: 0, stdout: 'kurs.yaml: every session has an id\n', stderr: '' });
  });

  it('leaves a file that is not a valid offering untouched and exits 1; asks what to fix without the flag', async () => {
    const file = join(tmp, 'broken.yaml');
    writeFileSync(file, 'kind: offering\nid: o\nsessions:\n  - date: 2027-01-04\n');
    const r = await run(['fix', 'broken.yaml', '--add-session-ids']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('schema/missing');
    expect(readFileSync(file, 'utf8')).toBe('kind: offering\nid: o\nsessions:\n  - date: 2027-01-04\n');
    const what = await run(['fix', 'broken.yaml']);
    expect(what.status).toBe(2);
    expect(what.stderr).toMatch(/^curricula: curricula fix needs to know what to fix: --add-session-ids/);
  });
});
