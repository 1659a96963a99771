import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { diff, diffToMarkdown } from '../../src/export/index.js';
import type { Offering } from '../../src/model/offering.js';
import { after, before } from './diff-fixtures.js';
import { program } from './fixtures.js';

describe('diff', () => {
  const d = diff(before, after);

  it('matches sessions by id and names each change, in date order', () => {
    expect(d.matchedBy).toBe('id');
    expect(d.offeringChanged).toBe(false);
    expect(d.changes.map((c) => [c.kind, c.before?.id ?? c.after!.id, c.fields])).toEqual([
      ['cancelled', 's02', ['status']],
      ['moved', 's03', ['date']],
      ['changed', 's04', ['location', 'facilitators']],
      ['removed', 's05', []],
      ['added', 's07', []],
      ['changed', 's06', ['date', 'time', 'status']],
    ]);
    expect(d.unchanged).toBe(1);
  });

  it('pairs a cancelled session with the added one covering its modules', () => {
    expect(d.changes.find((c) => c.kind === 'cancelled')!.replacement).toBe('s07');
    expect(d.changes.find((c) => c.kind === 'added')!.replaces).toBe('s02');
  });

  it('sees a new default location of the offering in every session without its own', () => {
    const moved = diff(before, { ...before, location: 'Neue Str. 1' });
    expect(moved.changes.filter((c) => c.fields.includes('location')).map((c) => c.before!.id)).toEqual(['s01', 's02', 's03', 's04', 's05', 's06']);
  });

  it('matches sessions without ids by date and modules and says so: a moved one is removed and added', () => {
    const strip = (o: Offering): Offering => ({ ...o, sessions: o.sessions.map(({ id: _id, ...s }) => s) });
    const noIds = diff(strip(before), strip(after));
    expect(noIds.matchedBy).toBe('date-and-modules');
    expect(noIds.withoutIds).toBe(12);
    // The session to be agreed got a date: without ids it cannot be told from a new one (it comes last, undated).
    expect(noIds.changes.map((c) => c.kind)).toEqual(['cancelled', 'removed', 'added', 'changed', 'removed', 'added', 'added', 'removed']);
    // The notice still pairs what covers the same modules.
    expect(diffToMarkdown(strip(before), strip(after), program)).toContain('- Der Termin am Fr, 09.04.2027 entfällt; Ersatztermin Mo, 12.04.2027, 09:30–16:30 Uhr.\n');
  });

  it('says when the offering id changed, and finds nothing in equal versions', () => {
    expect(diff(before, { ...before, id: 'kurs-2027-03-08' }).offeringChanged).toBe(true);
    expect(diff(before, structuredClone(before))).toMatchObject({ changes: [], unchanged: 6 });
  });

  it('tells a cancellation being lifted from a move', () => {
    const back = diff(after, { ...after, sessions: after.sessions.map((s) => (s.id === 's02' ? { ...s, status: 'scheduled' as const } : s)) });
    expect(back.changes.map((c) => c.kind)).toEqual(['reinstated']);
  });
});

describe('diffToMarkdown: the notice for participants', () => {
  it('says every change in German, a cancellation with its replacement in one sentence', () => {
    expect(diffToMarkdown(before, after, program)).toBe(
      [
        '# Änderungen: Ehrenamtliches Engagement im sozialen Netzwerk',
        '',
        '- Der Termin am Fr, 26.03.2027 entfällt; Ersatztermin Fr, 30.04.2027, 09:30–16:30 Uhr.',
        '- Der Termin am Fr, 09.04.2027 entfällt; Ersatztermin Mo, 12.04.2027, 09:30–16:30 Uhr.',
        '- Der Termin am Fr, 16.04.2027 findet an einem anderen Ort statt: Rathaus, Saal 2.',
        '- Leitung des Termins am Fr, 16.04.2027: Cem Demir.',
        '- Der Termin am Fr, 23.04.2027 entfällt.',
        '- Ein Termin ist vereinbart: Fr, 07.05.2027, 09:00–12:00 Uhr.',
        '',
      ].join('\n'),
    );
  });

  it('speaks English when asked, and says when nothing changed', () => {
    const en = diffToMarkdown(before, after, program, { locale: 'en' });
    expect(en).toContain('- The session on Fri 2027-03-26 is cancelled; replacement Fri 2027-04-30, 09:30–16:30.\n');
    expect(en).toContain('- The session on Fri 2027-04-09 is cancelled; replacement Mon 2027-04-12, 09:30–16:30.\n');
    expect(diffToMarkdown(before, before, program)).toBe('# Änderungen: Ehrenamtliches Engagement im sozialen Netzwerk\n\nKeine Änderungen.\n');
  });

  it('gives the reason of a cancellation without a replacement, its text made inert', () => {
    const cancelled = { ...before, sessions: before.sessions.map((s) => (s.id === 's04' ? { ...s, status: 'cancelled' as const, reason: '<b>Raum</b> *fehlt*' } : s)) };
    const md = diffToMarkdown(before, cancelled, program);
    expect(md).toContain('- Der Termin am Fr, 16.04.2027 entfällt (&lt;b&gt;Raum&lt;/b&gt; \\*fehlt\\*).\n');
    expect(new MarkdownIt({ html: false }).render(md)).toContain('<li>Der Termin am Fr, 16.04.2027 entfällt (&lt;b&gt;Raum&lt;/b&gt; *fehlt*).</li>');
  });

  it('drops control characters from user text, as the CSV and Markdown exports do', () => {
    // NUL, BEL and ESC would drive the terminal the notice is printed to; shown as `\u001b` text they were noise.
    const evil = '\u0000Raum\u0007\u009b 1\u001b]0;x\u0007\tB';
    const changed = {
      ...before,
      title: `Kurs\u001b[2J`,
      sessions: before.sessions.map((s) => (s.id === 's04' ? { ...s, status: 'cancelled' as const, reason: evil } : s)),
    };
    const md = diffToMarkdown(before, changed);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(md).not.toContain('\\u00');
    expect(md).toContain('# Änderungen: Kurs\\[2J\n');
    expect(md).toContain('- Der Termin am Fr, 16.04.2027 entfällt (Raum 1\\]0;x B).\n');
  });

  it('tells a change of time on the same day', () => {
    const later = { ...before, sessions: before.sessions.map((s) => (s.id === 's01' ? { ...s, time: '13:00-18:00', breaks: [] } : s)) };
    expect(diffToMarkdown(before, later, program)).toContain('- Der Termin am Fr, 19.03.2027 hat eine neue Zeit: 13:00–18:00 Uhr (bisher 09:30–16:30 Uhr).\n');
  });
});
