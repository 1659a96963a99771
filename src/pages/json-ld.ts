import { checkArguments } from '../core/arguments.js';
import { parseCredits } from '../duration/index.js';
import { localInstant } from '../calendar/index.js';
import { moduleTree, type ModuleNode } from '../model/module-tree.js';
import type { DeliveryMode } from '../model/delivery-mode.js';
import type { Offering } from '../model/offering.js';
import type { Person, Provider } from '../model/party.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import type { Cost } from '../model/terms.js';
import { parseTimeWindow } from '../model/time-window.js';
import { teachingMinutes } from '../export/session-facts.js';
import { admissionWords } from './admission-words.js';
import { documentLocale, pageText } from './text.js';
import { plainWords } from './words.js';
import type { Locale } from '../core/locale.js';

/** A JSON-LD node: `@type` and schema.org properties. */
export type JsonLdNode = { '@type': string } & { [property: string]: JsonLdValue };
/** A value in JSON-LD as {@link toJsonLd} writes it. */
export type JsonLdValue = string | number | boolean | JsonLdNode | readonly JsonLdValue[];

/**
 * Options of {@link toJsonLd}.
 *
 * @example
 * ```ts
 * import type { JsonLdOptions } from 'curricula/pages';
 * const options: JsonLdOptions = { locale: 'en' };
 * ```
 */
export interface JsonLdOptions {
  /** Language of the texts made from data (admission in words); default: the program's language. */
  locale?: Locale;
}

/** Minutes as an ISO 8601 duration: 7200 → "PT120H", 90 → "PT1H30M". */
export function isoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (minutes === 0) return 'PT0M';
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 ? `${rest}M` : ''}`;
}

function organization(provider: Provider): JsonLdNode {
  const node: JsonLdNode = { '@type': 'Organization', name: provider.name };
  if (provider.url !== undefined) node.url = provider.url;
  if (provider.address !== undefined) node.address = provider.address;
  return node;
}

function person(p: Person): JsonLdNode {
  const node: JsonLdNode = { '@type': 'Person', name: p.name };
  if (p.role !== undefined) node.jobTitle = p.role;
  if (p.organisation !== undefined) node.affiliation = { '@type': 'Organization', name: p.organisation };
  return node;
}

/** Google's course categories: "Free" or "Paid" (it also knows "Partially Free" and "Subscription", which documents do not say). */
function offer(cost: Cost): JsonLdNode {
  if (cost === 'free') return { '@type': 'Offer', category: 'Free', price: 0, priceCurrency: 'EUR' };
  const node: JsonLdNode = { '@type': 'Offer', category: cost.amount === 0 ? 'Free' : 'Paid', price: cost.amount, priceCurrency: cost.currency };
  if (cost.note !== undefined) node.description = cost.note;
  return node;
}

/** Google's course modes: Onsite, Online or Blended, from the delivery modes a course uses. */
function courseMode(modes: Iterable<DeliveryMode>): 'Onsite' | 'Online' | 'Blended' | undefined {
  let onsite = false;
  let remote = false;
  for (const mode of modes) {
    if (mode === 'in-person' || mode === 'hybrid') onsite = true;
    if (mode !== 'in-person') remote = true;
  }
  return onsite && remote ? 'Blended' : onsite ? 'Onsite' : remote ? 'Online' : undefined;
}

function attendanceMode(mode: DeliveryMode): string {
  return mode === 'in-person'
    ? 'https://schema.org/OfflineEventAttendanceMode'
    : mode === 'hybrid'
      ? 'https://schema.org/MixedEventAttendanceMode'
      : 'https://schema.org/OnlineEventAttendanceMode';
}

/** A local wall-clock time on a date with the zone's offset then: "2027-01-04T09:30:00+01:00". */
function localDateTime(date: string, minutes: number, timeZone: string): string {
  const instant = localInstant(date, minutes, timeZone).getTime();
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Math.floor(minutes / 60), minutes % 60);
  const offset = Math.round((wall - instant) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date}T${two(Math.floor(minutes / 60))}:${two(minutes % 60)}:00${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

function place(location: string): JsonLdNode {
  return { '@type': 'Place', name: location, address: location };
}

function sessionEvent(session: Session & { date: string }, offering: Offering, program: Program, titles: ReadonlyMap<string, string>): JsonLdNode {
  const named = (session.modules ?? []).map((m) => titles.get(typeof m === 'string' ? m : m.module) ?? (typeof m === 'string' ? m : m.module));
  const node: JsonLdNode = {
    '@type': 'Event',
    name: session.title ?? (named.length > 0 ? named.join(', ') : (offering.title ?? program.title)),
    eventStatus: session.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
  };
  const window = session.time === undefined ? undefined : parseTimeWindow(session.time);
  if (window !== undefined && window.end > window.start) {
    node.startDate = localDateTime(session.date, window.start, offering.timeZone);
    node.endDate = localDateTime(session.date, window.end, offering.timeZone);
  } else {
    node.startDate = session.date;
    node.endDate = session.date;
  }
  const location = session.location ?? offering.location;
  if (location !== undefined) node.location = place(location);
  if (session.mode !== undefined) node.eventAttendanceMode = attendanceMode(session.mode);
  return node;
}

function courseInstance(offering: Offering, program: Program, titles: ReadonlyMap<string, string>, totalMinutes: number | undefined): JsonLdNode {
  const node: JsonLdNode = { '@type': 'CourseInstance', name: offering.title ?? program.title, identifier: offering.id };
  if (offering.description !== undefined) node.description = offering.description;
  const dated = offering.sessions.filter((s): s is Session & { date: string } => s.status !== 'to-be-agreed' && s.date !== undefined);
  const modes = new Set<DeliveryMode>([...(program.modes ?? []), ...offering.sessions.flatMap((s) => (s.mode === undefined ? [] : [s.mode]))]);
  const mode = courseMode(modes);
  if (mode !== undefined) node.courseMode = mode;
  const scheduled = dated.filter((s) => s.status === 'scheduled');
  const taught = scheduled.reduce((sum, s) => sum + (teachingMinutes(s, offering.timeZone) ?? 0), 0);
  const workload = taught > 0 ? taught : totalMinutes;
  if (workload !== undefined && workload > 0) node.courseWorkload = isoDuration(workload);
  const dates = dated.map((s) => s.date).sort();
  const start = dates[0] ?? offering.start;
  const end = dates[dates.length - 1] ?? offering.end;
  if (start !== undefined) node.startDate = start;
  if (end !== undefined) node.endDate = end;
  node.eventStatus =
    dated.length > 0 && scheduled.length === 0 ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled';
  if (offering.location !== undefined) node.location = place(offering.location);
  const provider = offering.provider ?? program.provider;
  if (provider !== undefined) node.organizer = organization(provider);
  const cost = offering.cost ?? program.cost;
  if (cost !== undefined) node.offers = offer(cost);
  const facilitators = [...(offering.facilitators ?? []), ...dated.flatMap((s) => s.facilitators ?? [])];
  const seen = new Set<string>();
  const instructors = facilitators.filter((p) => !seen.has(p.name) && seen.add(p.name)).map(person);
  if (instructors.length > 0) node.instructor = instructors;
  if (offering.language !== undefined) node.inLanguage = offering.language;
  if (dated.length > 0) node.subEvent = dated.map((s) => sessionEvent(s, offering, program, titles));
  return node;
}

function moduleCourse(node: ModuleNode, program: Program): JsonLdNode {
  const m = node.module;
  const course: JsonLdNode = { '@type': 'Course', name: m.title, courseCode: m.id };
  if (m.description !== undefined) course.description = m.description;
  if (node.minutes !== undefined) course.timeRequired = isoDuration(node.minutes);
  if (m.requires !== undefined && m.requires.length > 0) course.coursePrerequisites = m.requires.map((id) => ({ '@type': 'Course', courseCode: id }));
  const credits = m.credits === undefined ? undefined : numberOfCredits(m.credits);
  if (credits !== undefined) course.numberOfCredits = credits;
  if (node.children.length > 0) course.hasPart = node.children.map((child) => moduleCourse(child, program));
  return course;
}

function numberOfCredits(credits: number | string): JsonLdValue | undefined {
  const parsed = parseCredits(credits);
  if (!parsed.ok) return undefined;
  return Number.isInteger(parsed.credits) ? parsed.credits : { '@type': 'QuantitativeValue', value: parsed.credits, unitText: 'ECTS' };
}

/**
 * A program as schema.org `Course` for a course's web page, with a
 * `CourseInstance` per offering: name, description, `courseCode`,
 * `provider`, `inLanguage`, `timeRequired` (the total as an ISO 8601
 * duration), `teaches` (the goals), `audience` (target groups),
 * `coursePrerequisites` (admission in words), `educationalCredentialAwarded`
 * (the certificate, with `validFor`), `numberOfCredits`, `offers` (the cost,
 * with Google's `category`), the modules as `hasPart` (each a `Course` with
 * its own `timeRequired` and prerequisites). Each offering's instance has
 * `courseMode` (Onsite, Online or Blended from the delivery modes),
 * `courseWorkload` (scheduled teaching time as an ISO 8601 duration),
 * dates, `location`, `organizer`, `instructor`, `offers`, `eventStatus`, and
 * a `subEvent` per dated session with local start and end times carrying
 * the zone's offset and `EventCancelled` for a cancelled session.
 * Only what the documents say is written; {@link courseRichResultGaps} says
 * what Google's course rich results still miss.
 *
 * @example
 * ```ts
 * import { toJsonLd } from 'curricula/pages';
 * const data = toJsonLd(program, [offering]);
 * const html = `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
 * ```
 */
export function toJsonLd(program: Program, offerings: readonly Offering[] = [], options: JsonLdOptions = {}): JsonLdNode & { '@context': string } {
  checkArguments('toJsonLd', [['program', program, 'program'], ['offerings', offerings, 'offerings'], ['options', options, 'options']]);
  const text = pageText(options.locale ?? documentLocale(program));
  const tree = moduleTree(program);
  const course: JsonLdNode & { '@context': string } = { '@context': 'https://schema.org', '@type': 'Course', name: program.title };
  const description = program.description ?? program.context ?? program.subtitle ?? program.goals?.join(' ');
  if (description !== undefined) course.description = description;
  course.courseCode = program.id;
  course.inLanguage = program.language;
  if (program.url !== undefined) course.url = program.url;
  const provider = program.provider ?? offerings.find((o) => o.provider !== undefined)?.provider;
  if (provider !== undefined) course.provider = organization(provider);
  const total = tree.declaredMinutes ?? tree.nestedMinutes;
  if (total !== undefined) course.timeRequired = isoDuration(total);
  if (program.goals !== undefined && program.goals.length > 0) course.teaches = program.goals;
  if (program.targetGroups !== undefined && program.targetGroups.length > 0) {
    course.audience = program.targetGroups.map((g) => ({ '@type': 'Audience', audienceType: g.title }));
  }
  if (program.admission !== undefined) course.coursePrerequisites = plainWords(admissionWords(program.admission, text));
  if (program.certificate !== undefined) {
    const c = program.certificate;
    const credential: JsonLdNode = { '@type': 'EducationalOccupationalCredential', name: c.title, credentialCategory: 'certificate' };
    if (c.validYears !== undefined && Number.isInteger(c.validYears)) credential.validFor = `P${c.validYears}Y`;
    if (c.issuer !== undefined) credential.recognizedBy = { '@type': 'Organization', name: c.issuer };
    course.educationalCredentialAwarded = credential;
  }
  const credits = program.credits === undefined ? undefined : numberOfCredits(program.credits);
  if (credits !== undefined) course.numberOfCredits = credits;
  const cost = program.cost ?? offerings.find((o) => o.cost !== undefined)?.cost;
  if (cost !== undefined) course.offers = offer(cost);
  if (tree.topLevel.length > 0) course.hasPart = tree.topLevel.map((node) => moduleCourse(node, program));
  const titles = new Map([...tree.byId].map(([id, node]) => [id, node.module.title]));
  const runs = offerings.filter((o) => o.program === program.id);
  if (runs.length > 0) course.hasCourseInstance = runs.map((o) => courseInstance(o, program, titles, total));
  return course;
}

/**
 * What Google's course rich results ("Course info") require that a
 * `Course` from {@link toJsonLd} lacks, as property paths: `name`,
 * `description`, `provider`, `offers` (with a `category`),
 * `hasCourseInstance`, and in each instance `courseMode` and
 * `courseSchedule` or `courseWorkload`. An empty list means none is
 * missing. Each gap names the document field that fills it in the docs
 * (README, "Pages").
 *
 * @example
 * ```ts
 * import { courseRichResultGaps, toJsonLd } from 'curricula/pages';
 * courseRichResultGaps(toJsonLd(program)); // ['provider', 'offers', 'hasCourseInstance']
 * ```
 */
export function courseRichResultGaps(course: JsonLdNode): string[] {
  checkArguments('courseRichResultGaps', [['course', course, 'record']]);
  const gaps: string[] = [];
  for (const property of ['name', 'description', 'provider'] as const) if (course[property] === undefined) gaps.push(property);
  const offers = course.offers;
  if (offers === undefined) gaps.push('offers');
  else if ((Array.isArray(offers) ? offers : [offers]).some((o) => typeof o !== 'object' || (o as JsonLdNode).category === undefined)) gaps.push('offers.category');
  const instances = course.hasCourseInstance;
  const list = instances === undefined ? [] : Array.isArray(instances) ? instances : [instances];
  if (list.length === 0) gaps.push('hasCourseInstance');
  list.forEach((instance, k) => {
    const node = instance as JsonLdNode;
    if (node.courseMode === undefined) gaps.push(`hasCourseInstance[${k}].courseMode`);
    if (node.courseWorkload === undefined && node.courseSchedule === undefined) gaps.push(`hasCourseInstance[${k}].courseWorkload`);
  });
  return gaps;
}
