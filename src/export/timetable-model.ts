import type { Locale } from '../core/locale.js';
import type { TimeUnit } from '../duration/index.js';
import type { DeliveryMode } from '../model/delivery-mode.js';
import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { Session } from '../model/session.js';
import { parseTimeWindow, windowTeachingMinutes, type TimeWindow } from '../model/time-window.js';
import type { CustomProfile } from '../recognition/profile.js';
import { agendaFromTopics } from '../schedule/agenda-from-topics.js';
import { recognitionVerdicts, type RecognitionVerdict } from '../validate/recognition-verdict.js';
import { modulesById, moduleShares, moduleTitle, programTitle, sessionLabel, sessionWindow, teachingMinutes } from './session-facts.js';

/**
 * What the timetable (Ablaufplan) of an offering is built from, whatever
 * its format: the options of {@link toTimetable} that shape its content.
 *
 * @example
 * ```ts
 * import type { TimetableContentOptions } from 'curricula';
 * const options: TimetableContentOptions = { agenda: 'from-topics', profiles: ['bildungsurlaub/NI'] };
 * ```
 */
export interface TimetableContentOptions {
  /** Language (default German: the offices the timetable is for read German). */
  locale?: Locale;
  /**
   * `from-topics`: sessions without an agenda get one made from their
   * modules' topics (see `agendaFromTopics`), and the timetable says so;
   * default `as-is`: such sessions list their modules with their time.
   */
  agenda?: 'as-is' | 'from-topics';
  /** Recognitions to give a verdict on besides the ones the offering and its program claim. */
  profiles?: readonly string[];
  /** Profiles of one's own (the config file's `profiles`). */
  customProfiles?: readonly CustomProfile[];
}

/** One line of a day: a timed item of the agenda, or a break. */
interface TimetableItem {
  kind: 'teaching' | 'break';
  /** Minutes after local midnight. */
  start: number;
  end: number;
  title: string | undefined;
  module: string | undefined;
  topic: string | undefined;
  mode: DeliveryMode | undefined;
  /** Teaching minutes (0 for a break). */
  minutes: number;
}

/** A session of a day in the timetable. */
export interface TimetableSession {
  label: string;
  title: string | undefined;
  window: TimeWindow | undefined;
  breaks: TimeWindow[];
  location: string | undefined;
  mode: DeliveryMode | undefined;
  /** Teaching minutes (window minus breaks); undefined without a usable window. */
  minutes: number | undefined;
  /** Its modules with the minutes each gets (titles). */
  modules: { title: string; minutes: number | undefined }[];
  /** The agenda with the breaks, in time order; empty when the session has no agenda. */
  items: TimetableItem[];
  /** True when the agenda was generated from the modules' topics. */
  generated: boolean;
}

/** A day of the timetable: its sessions and teaching minutes. */
interface TimetableDay {
  number: number;
  date: string;
  minutes: number;
  sessions: TimetableSession[];
}

/** The timetable of an offering as data; the formats render it. */
export interface Timetable {
  locale: Locale;
  /** The unit teaching time is counted in (UE or LE; clock hours are shown beside). */
  unit: TimeUnit;
  title: string;
  program: string;
  offering: string;
  provider: string | undefined;
  location: string | undefined;
  days: TimetableDay[];
  minutes: number;
  /** Sessions whose agenda was generated. */
  generated: number;
  /** Sessions without an agenda (neither their own nor generated). */
  withoutAgenda: number;
  verdicts: RecognitionVerdict[];
  cancelled: string[];
  undated: string[];
}

/**
 * The timetable of an offering: its dated, scheduled sessions by day, each
 * with its agenda (own, or generated from topics when asked) and breaks in
 * time order, its teaching time, and the verdict on each recognition the
 * offering claims or `profiles` names.
 */
export function timetableOf(offering: Offering, program: Program | undefined, options: TimetableContentOptions = {}): Timetable {
  const locale = options.locale ?? 'de';
  const filled = options.agenda === 'from-topics' && program !== undefined ? agendaFromTopics(offering, program) : { offering, generated: [] };
  const generated = new Set(filled.generated);
  const source = filled.offering;
  const modules = modulesById(program);
  const unit: TimeUnit = program?.unit === 'LE' ? 'LE' : 'UE';
  const byDate = new Map<string, TimetableSession[]>();
  const cancelled: string[] = [];
  const undated: string[] = [];
  let withoutAgenda = 0;
  source.sessions.forEach((session, index) => {
    const label = sessionLabel(session, index);
    if (session.status === 'cancelled') cancelled.push(label);
    else if (session.status === 'to-be-agreed' || session.date === undefined) undated.push(label);
    if (session.status !== 'scheduled' || session.date === undefined) return;
    const entry = sessionOf(session, label, offering, modules, source.unit, generated.has(index));
    if (entry.items.length === 0 || entry.items.every((i) => i.kind === 'break')) withoutAgenda++;
    const list = byDate.get(session.date) ?? [];
    list.push(entry);
    byDate.set(session.date, list);
  });
  const days = [...byDate.keys()].sort().map((date, i): TimetableDay => {
    const sessions = byDate.get(date)!.sort((a, b) => (a.window?.start ?? 0) - (b.window?.start ?? 0));
    return { number: i + 1, date, minutes: sessions.reduce((sum, s) => sum + (s.minutes ?? 0), 0), sessions };
  });
  const verdicts = recognitionVerdicts(offering, program, {
    ...(options.profiles !== undefined ? { profiles: options.profiles } : {}),
    ...(options.customProfiles !== undefined ? { customProfiles: options.customProfiles } : {}),
    locale,
  });
  return {
    locale,
    unit,
    title: offering.title ?? programTitle(offering, program),
    program: programTitle(offering, program),
    offering: offering.id,
    provider: offering.provider?.name,
    location: offering.location,
    days,
    minutes: days.reduce((sum, d) => sum + d.minutes, 0),
    generated: generated.size,
    withoutAgenda,
    verdicts,
    cancelled,
    undated,
  };
}

function sessionOf(
  session: Session,
  label: string,
  offering: Offering,
  modules: ReturnType<typeof modulesById>,
  unit: Offering['unit'],
  generated: boolean,
): TimetableSession {
  const window = sessionWindow(session);
  const breaks = (session.breaks ?? [])
    .map((b) => parseTimeWindow(b))
    .filter((b): b is TimeWindow => b !== undefined && b.end > b.start)
    .sort((a, b) => a.start - b.start);
  const items: TimetableItem[] = [];
  for (const item of session.agenda ?? []) {
    const w = parseTimeWindow(item.time);
    if (w === undefined || w.end <= w.start) continue;
    const inside = window === undefined ? w : { start: Math.max(w.start, window.start), end: Math.min(w.end, window.end) };
    items.push({
      kind: 'teaching',
      start: w.start,
      end: w.end,
      title: item.title,
      module: item.module === undefined ? undefined : moduleTitle(item.module, modules),
      topic: item.topic,
      mode: item.mode,
      minutes: inside.end > inside.start ? windowTeachingMinutes(inside, breaks) : 0,
    });
  }
  if (items.length > 0) {
    for (const b of breaks) items.push({ kind: 'break', start: b.start, end: b.end, title: undefined, module: undefined, topic: undefined, mode: undefined, minutes: 0 });
    items.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return {
    label,
    title: session.title,
    window,
    breaks,
    location: session.location ?? offering.location,
    mode: session.mode,
    minutes: teachingMinutes(session, offering.timeZone),
    modules: moduleShares(session, { unit, timeZone: offering.timeZone }).map((share) => ({ title: moduleTitle(share.id, modules), minutes: share.minutes })),
    items,
    generated,
  };
}
