// The Node entries (dist/index.js, dist/index.cjs) keep the message catalogs
// and the recognition profiles in files of their own beside them, required
// when a text or a profile is first needed (src/messages/catalogs.ts,
// src/recognition/builtin.ts). Importing the package must load none of them,
// a clean validation none, and asking for German or a profile must still
// give it, through the public API as it was; the codes' descriptions
// (DIAGNOSTIC_CODES, the built-in rules' metas) are read from the English
// catalog only when asked for.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './consumer.js';

const CLEAN = JSON.stringify({ kind: 'program', id: 'p', title: 'P', unit: 'UE', hours: 8, modules: [{ id: 'a', title: 'A', hours: 8 }] });
const BROKEN = 'kind: program\nid: x\ntitle: X\nhours: 16\nmodules:\n  - id: a\n    title: A\n    hourz: 16\n';

// Run in a child: which of dist/'s data files are loaded after each step.
const SCRIPT = `
const loaded = () => Object.keys(requireCache()).filter((k) => /[\\\\/]dist[\\\\/](messages-(en|de)|recognition-profiles)\\.cjs$/.test(k)).map((k) => k.split(/[\\\\/]/).pop()).sort();
const steps = {};
steps.imported = loaded();
const clean = api.validate(api.parseDocument(${JSON.stringify(CLEAN)}, { filename: 'p.json' }));
steps.clean = [clean.length, loaded()];
const hoursTotal = api.builtinRules.find((r) => r.meta.id === 'hours/total');
steps.registry = [api.DIAGNOSTIC_CODES['hours/total'].stage, hoursTotal.meta.severity, loaded()];
steps.described = [hoursTotal.meta.description === api.DIAGNOSTIC_CODES['hours/total'].description, api.DIAGNOSTIC_CODES['hours/total'].description.startsWith("A program's declared"), loaded()];
const en = api.validate(api.parseDocument(${JSON.stringify(BROKEN)}, { filename: 'b.yaml' }));
steps.english = [en.map((d) => d.message), loaded()];
const de = api.validate(api.parseDocument(${JSON.stringify(BROKEN)}, { filename: 'b.yaml' }), { locale: 'de' });
steps.german = [de.map((d) => d.message), loaded()];
const profiles = api.builtinProfiles;
steps.profiles = [Array.isArray(profiles), loaded()];
steps.read = [profiles.length, Object.isFrozen(profiles), profiles.some((p) => p.id === 'juleica'), api.resolveProfile('juleica', '2027-01-01').ok, loaded()];
console.log(JSON.stringify(steps));
`;

const ENTRIES = {
  'dist/index.js (ESM)': [
    '--input-type=module',
    '-e',
    `import { createRequire } from 'node:module'; import * as api from ${JSON.stringify(join(ROOT, 'dist', 'index.js'))}; const requireCache = () => createRequire(import.meta.url).cache; ${SCRIPT}`,
  ],
  'dist/index.cjs (CommonJS)': ['-e', `const api = require(${JSON.stringify(join(ROOT, 'dist', 'index.cjs'))}); const requireCache = () => require.cache; ${SCRIPT}`],
};

describe.each(Object.entries(ENTRIES))('%s', (_name, args) => {
  it('loads the catalogs and profiles only when a text or a profile is needed', () => {
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const steps = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(steps.imported).toEqual([]);
    expect(steps.clean).toEqual([0, []]);
    // The registry and the built-in rules' metas read their descriptions from the English catalog only when asked.
    expect(steps.registry).toEqual(['rule', 'error', []]);
    expect(steps.described).toEqual([true, true, ['messages-en.cjs']]);
    expect(steps.english).toEqual([["Unknown key 'hourz'"], ['messages-en.cjs']]);
    expect(steps.german).toEqual([["Unbekannter Schlüssel 'hourz'"], ['messages-de.cjs', 'messages-en.cjs']]);
    // Array.isArray looks at no property: the profiles are still on disk.
    expect(steps.profiles).toEqual([true, ['messages-de.cjs', 'messages-en.cjs']]);
    expect(steps.read).toEqual([10, true, true, true, ['messages-de.cjs', 'messages-en.cjs', 'recognition-profiles.cjs']]);
  });
});
