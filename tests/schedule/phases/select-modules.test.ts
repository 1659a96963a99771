import { describe, expect, it } from 'vitest';
import { moduleTree } from '../../../src/model/module-tree.js';
import { normalizeConstraints } from '../../../src/schedule/phases/normalize-constraints.js';
import { selectModules } from '../../../src/schedule/phases/select-modules.js';
import { programOf } from '../fixtures.js';
import { value } from './run-phases.js';

const constraints = (extra: object = {}) => value(normalizeConstraints({ start: '2027-01-04', ...extra }));

describe('phase 2: select modules', () => {
  const modules = [
    { id: 'einstieg', title: 'Einstieg', hours: 8 },
    { id: 'fuehren', title: 'Führen', hours: 8, requires: ['einstieg'] },
    { id: 'schreiben', title: 'Schreiben', hours: 4, optional: true },
    { id: 'leer', title: 'Ohne Stunden' },
  ];
  const program = programOf(modules);
  const tracked = programOf(modules, {
    tracks: [
      { id: 'kurz', title: 'Kurz', modules: ['einstieg'] },
      { id: 'lang', title: 'Lang', modules: ['einstieg', 'fuehren'] },
    ],
  });

  it('selects the required modules with their exact minutes, and warns about those without hours', () => {
    const result = selectModules({ tree: moduleTree(program), constraints: constraints() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((m) => [m.id, m.minutes])).toEqual([
      ['einstieg', 360],
      ['fuehren', 360],
    ]);
    expect(result.warnings.map((d) => [d.code, d.path, d.messageId])).toEqual([['plan/module-skipped', '/modules/3', 'noHours']]);
  });

  it('takes optional modules when asked, and a track’s modules only', () => {
    expect(value(selectModules({ tree: moduleTree(program), constraints: constraints({ includeOptional: true }) })).map((m) => m.id)).toEqual([
      'einstieg',
      'fuehren',
      'schreiben',
    ]);
    expect(value(selectModules({ tree: moduleTree(tracked), constraints: constraints({ track: 'kurz' }) })).map((m) => m.id)).toEqual(['einstieg']);
  });

  it('fails on a program with tracks when no track is named, listing the tracks and how to pick one', () => {
    const result = selectModules({ tree: moduleTree(tracked), constraints: constraints() });
    if (result.ok) throw new Error('selected the modules of every track at once');
    expect(result.diagnostics.map((d) => [d.code, d.path, d.message, d.hint])).toEqual([
      [
        'plan/invalid-constraint',
        '/track',
        'Program kurs has tracks (kurz, lang): say which track to plan; planning all their modules together would add up every track',
        'Plan one with track: kurz (--track kurz), or each track as an offering of its own with --track all (planTracks())',
      ],
    ]);
  });

  it('gives a module in days that share of the plan’s day', () => {
    const days = programOf([{ id: 'halb', title: 'Halber Tag', days: 0.5 }]);
    expect(value(selectModules({ tree: moduleTree(days), constraints: constraints() }))[0]!.minutes).toBe(180);
    expect(value(selectModules({ tree: moduleTree(days), constraints: constraints({ maxUnitsPerDay: 6 }) }))[0]!.minutes).toBe(135);
  });

  it('fails on an unknown track, with a did-you-mean', () => {
    const result = selectModules({ tree: moduleTree(tracked), constraints: constraints({ track: 'kurs' }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.path, d.message, d.hint])).toEqual([['/track', 'Program kurs has no track "kurs"', "Did you mean 'kurz'?"]]);
  });

  it('fails when nothing is left to plan, keeping the warnings', () => {
    const result = selectModules({ tree: moduleTree(programOf([{ id: 'leer', title: 'Leer' }])), constraints: constraints({ locale: 'de' }) });
    if (result.ok) throw new Error('selected');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['plan/module-skipped', 'Modul leer hat keinen verwendbaren Stundenumfang und wird nicht geplant'],
      ['plan/no-modules', 'Programm kurs hat keine Module mit Stundenumfang zum Planen'],
    ]);
  });
});
