import { describe, expect, it } from 'vitest';
import { courseRichResultGaps, isoDuration, toJsonLd, type JsonLdNode } from '../../src/pages/json-ld.js';
import { toHandbook } from '../../src/pages/handbook.js';
import { examples, inlineProgram, seed000, seed000Run, tracked, trackedRun } from './fixtures.js';
import { SCHEMA_ORG, SCHEMA_ORG_ENUMERATIONS } from './schema-org-vocabulary.js';

/** Every way a JSON-LD value breaks the vocabulary: unknown types, properties not on their type, enumeration values that do not exist. */
function vocabularyProblems(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, k) => vocabularyProblems(v, `${path}[${k}]`));
  if (typeof value === 'string') {
    const m = /^https:\/\/schema\.org\/(\w+)$/.exec(value);
    if (m === null) return [];
    const known = Object.values(SCHEMA_ORG_ENUMERATIONS).some((members) => members.includes(m[1]!));
    return known ? [] : [`${path}: ${value} is no member of a known enumeration`];
  }
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Record<string, unknown>;
  const type = node['@type'];
  const problems: string[] = [];
  if (typeof type !== 'string' || SCHEMA_ORG[type] === undefined) problems.push(`${path}: unknown @type ${String(type)}`);
  else {
    for (const key of Object.keys(node)) {
      if (key === '@type' || key === '@context') continue;
      if (!SCHEMA_ORG[type]!.properties.includes(key)) problems.push(`${path}: ${type} has no property ${key}`);
    }
  }
  for (const [key, v] of Object.entries(node)) problems.push(...vocabularyProblems(v, `${path}.${key}`));
  return problems;
}

function instance(course: JsonLdNode, k = 0): JsonLdNode {
  return (course.hasCourseInstance as readonly JsonLdNode[])[k]!;
}

describe('toJsonLd', () => {
  it('uses only schema.org types and properties that exist on them, for every example and fixture', () => {
    const cases = [
      toJsonLd(seed000, [seed000Run]),
      toJsonLd(tracked, [trackedRun]),
      ...examples.programs.map((p) => toJsonLd(p, examples.offerings.filter((o) => o.program === p.id))),
    ];
    for (const course of cases) expect(vocabularyProblems(course), String(course.name)).toEqual([]);
    // The check can fail: a property on the wrong type is caught.
    expect(vocabularyProblems({ '@type': 'Person', courseMode: 'Online' })).toEqual(['$: Person has no property courseMode']);
  });

  // Google's course info rich results: name and description (also required by the older course
  // list), and what Search Console and the Rich Results Test report as critical when missing:
  // "Missing field 'provider'", "'offers'", "'hasCourseInstance'", and "Either 'courseWorkload' or
  // 'courseSchedule' should be specified (in 'hasCourseInstance')"; courseMode is read as one of
  // Online, Onsite, Blended ("Invalid enum value in field 'courseMode'" otherwise), the offer's
  // category as Free, Partially Free, Subscription or Paid.
  it('has every field Google’s course rich results require when the documents give them', () => {
    const course = toJsonLd(tracked, [trackedRun]);
    expect(courseRichResultGaps(course)).toEqual([]);
    expect(course).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Jugendleitung und Vereinsarbeit',
      description: 'A course for youth leaders and club staff.',
      provider: { '@type': 'Organization', name: 'Bildungswerk Beispiel e.V.', url: 'https://bildungswerk.example' },
      offers: { '@type': 'Offer', category: 'Paid', price: 120, priceCurrency: 'EUR' },
      inLanguage: 'en',
      timeRequired: 'PT36H',
      educationalCredentialAwarded: { '@type': 'EducationalOccupationalCredential', name: 'Juleica', validFor: 'P3Y', recognizedBy: { name: 'Landesjugendring' } },
      coursePrerequisites: 'All of the following: At least 16 years old; Certificate: First aid, at least 9 UE, not older than 2 years',
    });
    expect(instance(course)).toMatchObject({ '@type': 'CourseInstance', courseMode: 'Blended', courseWorkload: 'PT14H', startDate: '2027-03-26', endDate: '2027-04-01' });
  });

  it('says which required fields the documents do not give, instead of inventing them', () => {
    const course = toJsonLd(seed000, [seed000Run]);
    expect(courseRichResultGaps(course)).toEqual(['provider', 'offers', 'hasCourseInstance[0].courseMode']);
    expect(courseRichResultGaps(toJsonLd(seed000))).toEqual(['provider', 'offers', 'hasCourseInstance']);
    expect(course.provider).toBeUndefined();
  });

  it('writes each session as a sub-event in local time with the zone’s offset, cancelled ones as EventCancelled', () => {
    const sessions = instance(toJsonLd(tracked, [trackedRun])).subEvent as readonly JsonLdNode[];
    // Summer time starts on 2027-03-28 in Berlin.
    expect(sessions.map((s) => [s.startDate, s.endDate, s.eventStatus])).toEqual([
      ['2027-03-26T09:00:00+01:00', '2027-03-26T17:00:00+01:00', 'https://schema.org/EventScheduled'],
      ['2027-03-29T09:00:00+02:00', '2027-03-29T17:00:00+02:00', 'https://schema.org/EventScheduled'],
      ['2027-04-01T09:00:00+02:00', '2027-04-01T13:00:00+02:00', 'https://schema.org/EventCancelled'],
    ]);
    expect(sessions[1]!.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(sessions[0]!.location).toEqual({ '@type': 'Place', name: 'Jugendhaus, Hauptstr. 1, 80331 München', address: 'Jugendhaus, Hauptstr. 1, 80331 München' });
  });

  it('writes hours as exact ISO 8601 durations and modules as parts with their prerequisites', () => {
    expect(isoDuration(7200)).toBe('PT120H');
    expect(isoDuration(120)).toBe('PT2H');
    expect(isoDuration(90)).toBe('PT1H30M');
    expect(isoDuration(40)).toBe('PT40M');
    const course = toJsonLd(tracked);
    const parts = course.hasPart as readonly JsonLdNode[];
    expect(parts.find((p) => p.courseCode === 'basics')).toMatchObject({ timeRequired: 'PT12H' });
    expect(parts.find((p) => p.courseCode === 'law')).toMatchObject({ coursePrerequisites: [{ '@type': 'Course', courseCode: 'games' }] });
  });

  it('sits in the handbook as data that no text can break out of', () => {
    const program = inlineProgram(`kind: program
id: x
title: "Tricky </script><script>alert(1)</script>"
modules: [{ id: a, title: "<b>A</b>", hours: 1 }]
`);
    const html = toHandbook(program);
    const script = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html)!;
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(JSON.parse(script[1]!).name).toBe('Tricky </script><script>alert(1)</script>');
    expect(html).toContain('&lt;b&gt;A&lt;/b&gt;');
  });
});
