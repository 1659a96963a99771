import { match } from 'ts-pattern';
import type { ProfileConstraint } from './constraint.js';
import type { RecognitionProfile } from './profile.js';

// docs/recognition.md is written from the profiles' data by scripts/profiles-doc.mjs, like docs/rules.md;
// tests/recognition/profiles-doc.test.ts fails when the file is stale. Not part of the package's API.

/** The rule that checks a constraint of this kind. */
export function constraintRule(constraint: ProfileConstraint): string {
  return match(constraint)
    .with({ kind: 'days' }, () => 'recognition/days')
    .with({ kind: 'consecutive' }, () => 'recognition/consecutive')
    .with({ kind: 'blocks' }, () => 'recognition/blocks')
    .with({ kind: 'total' }, () => 'recognition/total')
    .with({ kind: 'perDay' }, () => 'recognition/per-day')
    .with({ kind: 'before' }, () => 'recognition/before-time')
    .with({ kind: 'inPerson' }, () => 'recognition/in-person')
    .with({ kind: 'participants' }, () => 'recognition/participants')
    .with({ kind: 'admission' }, () => 'recognition/admission')
    .with({ kind: 'certificate' }, () => 'recognition/certificate')
    .with({ kind: 'seminarDays' }, () => 'recognition/seminar-days')
    .exhaustive();
}

/** A figure with the profile's unit when it is a bare number ("6 h"), as written otherwise ("9 UE"). */
function amount(value: number | string | undefined, unit: string): string {
  return typeof value === 'number' ? `${value} ${unit}` : String(value);
}

/** A constraint in one line of English, with its figures. */
function describeConstraint(c: ProfileConstraint, unit: string): string {
  return match(c)
    .with({ kind: 'days' }, (d) =>
      [d.min !== undefined ? `at least ${d.min} days` : undefined, d.max !== undefined ? `at most ${d.max} days` : undefined].filter(Boolean).join(', '),
    )
    .with({ kind: 'consecutive' }, (d) => (d.orOneDayPerWeek === true ? 'days in a row, or one day a week in consecutive weeks' : 'days in a row'))
    .with({ kind: 'blocks' }, (d) =>
      [
        `at most ${d.max} block${d.max === 1 ? '' : 's'} of days in a row`,
        d.minDaysPerBlock !== undefined ? `each at least ${d.minDaysPerBlock} days` : undefined,
        d.withinWeeks !== undefined ? `all within ${d.withinWeeks} weeks` : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .with({ kind: 'total' }, (d) => `at least ${amount(d.min, unit)} in all`)
    .with({ kind: 'perDay' }, (d) =>
      [
        d.average !== undefined ? `at least ${amount(d.average, unit)} a day on average` : undefined,
        d.floor !== undefined ? `no day under ${amount(d.floor, unit)}` : undefined,
        d.arrivalFloor !== undefined ? `arrival day at least ${amount(d.arrivalFloor, unit)}` : undefined,
        d.departureFloor !== undefined ? `departure day at least ${amount(d.departureFloor, unit)}` : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .with({ kind: 'before' }, (d) => `at least ${amount(d.min, unit)} before ${d.time} every day`)
    .with({ kind: 'inPerson' }, (d) =>
      [
        d.min !== undefined ? `at least ${amount(d.min, unit)} in person` : undefined,
        d.minShare !== undefined ? `${d.strict === true ? 'more than' : 'at least'} ${d.minShare} of the teaching time in person` : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .with({ kind: 'participants' }, (d) => `at most ${d.max} participants`)
    .with({ kind: 'admission' }, (d) =>
      [
        d.minAge !== undefined ? `participants at least ${d.minAge} years old` : undefined,
        d.certificate !== undefined
          ? `certificate "${d.certificate.title}"${d.certificate.hours !== undefined ? ` of at least ${amount(d.certificate.hours, unit)}` : ''}${
              d.certificate.maxAgeYears !== undefined ? `, not older than ${d.certificate.maxAgeYears} years` : ''
            }`
          : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .with({ kind: 'certificate' }, (d) =>
      [
        d.validYears !== undefined ? `valid at most ${d.validYears} years` : undefined,
        d.renewal !== undefined
          ? `renewed with at least ${amount(d.renewal.hours, unit)}${d.renewal.withinYears !== undefined ? ` within ${d.renewal.withinYears} years` : ''}`
          : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .with({ kind: 'seminarDays' }, (d) =>
      [
        `at least ${d.days} seminar days for ${d.months} months of service`,
        d.perExtraMonth !== undefined ? `${d.perExtraMonth} more for each further month` : undefined,
        d.perMissingMonth !== undefined ? `${d.perMissingMonth} fewer for each month less` : undefined,
        d.political !== undefined ? `a ${d.political}-day seminar on political education (${d.political} days in a row)` : undefined,
      ]
        .filter(Boolean)
        .join(', '),
    )
    .exhaustive();
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * docs/recognition.md: every built-in profile version with its source, its
 * figures (and the rule that checks each), what was verified where, and
 * the notes.
 */
export function renderProfilesMarkdown(profiles: readonly RecognitionProfile[]): string {
  const sorted = [...profiles].sort((a, b) => (a.id === b.id ? a.validFrom.localeCompare(b.validFrom) : a.id.localeCompare(b.id)));
  const out: string[] = [
    '# Recognition profiles',
    '',
    '<!-- Generated from src/recognition/profiles/*.json by `npm run docs:profiles`; do not edit. -->',
    '',
    'The recognitions curricula checks out of the box. A program or offering claims one with',
    '`recognitions: [{ profile: bildungsurlaub/HE }]`; `curricula validate --profile ID` (or',
    "`validate(docs, { profiles: [ID] })`) checks documents against one they do not claim. An offering is",
    "checked against the version in force on its first day. Add your own profiles in the config file's",
    '`profiles` (they may `extends` a built-in one). Figures are in the profile\'s unit: clock hours (h), or',
    'UE/LE of 45 minutes.',
    '',
    '`curricula plan --profile ID` (or `plan(program, { profile: ID })`) plans an offering for a profile: the',
    'rules in force on its start (days, days in a row or blocks, time a day with arrival and departure days,',
    'time before a clock time, total) become the plan\'s constraints, and the offering it gives qualifies.',
    '`curricula timetable` (`toTimetable`) writes the day-by-day timetable an application asks for, with the',
    'verdict on each recognition the offering claims.',
    '',
    'Each figure was checked against the law text, regulation or official page listed with its profile;',
    'where that was not possible the profile says so (**unverified**) and its notes tell what was tried.',
    'This is not legal advice: the recognition office decides.',
    '',
    '| Profile | Title | Unit | In force | Verified |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const p of sorted) {
    out.push(`| [\`${p.id}\`](#${anchor(p)}) | ${cell(p.title.de)} | ${p.unit} | ${p.validFrom} to ${p.validTo ?? 'today'} | ${p.verified ? 'yes' : 'no'} |`);
  }
  for (const p of sorted) {
    out.push('', `## ${p.id} (from ${p.validFrom}${p.validTo !== undefined ? ` to ${p.validTo}` : ''})`, '');
    out.push(`${p.title.de} (${p.title.en}).`, '');
    out.push(`- Source: ${p.source.law} (${p.source.short}), ${p.source.sections}: <${p.source.url}>`);
    out.push(`- Unit: ${p.unit}; in force from ${p.validFrom}${p.validTo !== undefined ? ` to ${p.validTo}` : ''}`);
    out.push(`- Verified: ${p.verified ? 'yes' : '**unverified** (see the notes)'}`);
    out.push('', '| Rule | Figures | Source |', '| --- | --- | --- |');
    for (const c of p.constraints) {
      const flag = c.verified === false ? ' (**unverified**)' : '';
      const note = c.note !== undefined ? `; ${c.note}` : '';
      out.push(`| \`${constraintRule(c)}\` | ${cell(describeConstraint(c, p.unit) + note)} | ${cell((c.source ?? p.source.short) + flag)} |`);
    }
    out.push('', 'Checked:', '');
    for (const check of p.source.checked) out.push(`- ${cell(check.what)} (<${check.url}>, ${check.date})`);
    if (p.notes !== undefined && p.notes.length > 0) {
      out.push('', 'Notes:', '');
      for (const note of p.notes) out.push(`- ${note}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function anchor(p: RecognitionProfile): string {
  const heading = `${p.id} (from ${p.validFrom}${p.validTo !== undefined ? ` to ${p.validTo}` : ''})`;
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}
