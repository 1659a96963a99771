import type { DurationValue, LocalizedName, MessageData, MessageValue, Phrase } from '../core/diagnostic.js';
import { FEDERAL_STATE_NAMES } from '../core/federal-state-names.js';
import type { Locale } from '../core/locale.js';
import { formatDuration } from '../duration/format-duration.js';
import { isTimeUnit } from '../duration/time-unit.js';
import { catalogOf } from './catalogs.js';
import type { MessageDataOf, MessageId, MessageNamespace } from './types.js';

/** `{name}` or `{name:format}`; anything else in braces is text (`{ module, hours }`). */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z]+))?\}/g;

/**
 * The text of a catalog message in a language, its placeholders filled from
 * `data` and shown as their format says (dates, durations and numbers the
 * reader's way). Undefined when the catalogs have no such message (a custom
 * rule's code); a placeholder without data stays as written, so a missing
 * value shows rather than vanishes.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'curricula';
 * formatMessage('de', 'offering/holiday', 'holiday', { date: '2027-04-05', place: 'HE', names: ['Ostermontag'] });
 * // '05.04.2027 ist in Hessen ein Feiertag (Ostermontag)'
 * ```
 */
export function formatMessage<N extends MessageNamespace, M extends MessageId<N>>(
  locale: Locale,
  namespace: N,
  id: M,
  data: MessageDataOf<N, M>,
): string;
export function formatMessage(locale: Locale, namespace: string, id: string, data?: MessageData): string | undefined;
export function formatMessage(locale: Locale, namespace: string, id: string, data: MessageData = {}): string | undefined {
  return formatWith(PACKAGE, locale, namespace, id, data);
}

/**
 * Messages by namespace and id, as a catalog holds them.
 *
 * @example
 * ```ts
 * const table: CatalogTable = { 'house.words': { hello: 'Hello, {name}' } };
 * ```
 */
type CatalogTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * A `formatMessage` that also knows further catalogs, one per language (the
 * command's own texts, kept out of the library so that an app's bundle does
 * not carry them). Messages of either may name the other's in phrases.
 *
 * @example
 * ```ts
 * const format = messageFormatter({ en: { 'house.words': { hello: 'Hello, {name}' } }, de: { 'house.words': { hello: 'Hallo, {name}' } } });
 * format('de', 'house.words', 'hello', { name: 'Ada' }); // 'Hallo, Ada'
 * ```
 */
export function messageFormatter(extra: Readonly<Record<Locale, CatalogTable>>): (locale: Locale, namespace: string, id: string, data?: MessageData) => string | undefined {
  const lookup: Lookup = (locale, namespace, id) => find(extra[locale] ?? extra.en, namespace, id) ?? PACKAGE(locale, namespace, id);
  return (locale, namespace, id, data = {}) => formatWith(lookup, locale, namespace, id, data);
}

/** Finds a message's text in a language. */
type Lookup = (locale: Locale, namespace: string, id: string) => string | undefined;

const PACKAGE: Lookup = (locale, namespace, id) => find(catalogOf(locale) as unknown as CatalogTable, namespace, id);

function formatWith(lookup: Lookup, locale: Locale, namespace: string, id: string, data: MessageData): string | undefined {
  const text = lookup(locale, namespace, id);
  if (text === undefined) return undefined;
  return fill(text, data, locale, namespace, lookup);
}

/**
 * Fills a text's placeholders (a custom rule's own messages go through
 * here too, so they are formatted like the built-in ones).
 *
 * @example
 * ```ts
 * fillMessage('Starts on {date:date}', { date: '2027-01-04' }, 'de', 'house/start'); // 'Starts on 04.01.2027'
 * ```
 */
export function fillMessage(text: string, data: MessageData, locale: Locale, namespace: string): string {
  return fill(text, data, locale, namespace, PACKAGE);
}

/**
 * Whether the catalogs have a message of this id in this namespace.
 *
 * @example
 * ```ts
 * hasMessage('hours/total', 'mismatch'); // true
 * ```
 */
export function hasMessage(namespace: string, id: string): boolean {
  return PACKAGE('en', namespace, id) !== undefined;
}

function find(catalog: CatalogTable, namespace: string, id: string): string | undefined {
  const entry = Object.prototype.hasOwnProperty.call(catalog, namespace) ? catalog[namespace] : undefined;
  if (entry === undefined || !Object.prototype.hasOwnProperty.call(entry, id)) return undefined;
  return entry[id];
}

function fill(text: string, data: MessageData, locale: Locale, namespace: string, lookup: Lookup): string {
  if (!text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) return whole;
    return show(data[name]!, format ?? '', locale, namespace, lookup);
  });
}

function show(value: MessageValue, format: string, locale: Locale, namespace: string, lookup: Lookup): string {
  switch (format) {
    case 'date':
      return typeof value === 'string' ? formatDate(value, locale) : plain(value, locale, namespace, lookup);
    case 'day':
      return typeof value === 'string' ? formatDay(value, locale) : plain(value, locale, namespace, lookup);
    case 'state':
      return typeof value === 'string' ? stateName(value) : plain(value, locale, namespace, lookup);
    case 'window':
      return typeof value === 'string' ? timeWindowText(value) : plain(value, locale, namespace, lookup);
    case 'quote':
      return quoted(shorten(plain(value, locale, namespace, lookup), 60), locale);
    case 'text':
      // Text already rendered (a message passed on): whole, its control characters made visible.
      return typeof value === 'string' ? visible(value) : plain(value, locale, namespace, lookup);
    case 'code':
      return `'${shorten(plain(value, locale, namespace, lookup), 60)}'`;
    case 'list':
      return items(value).map((v) => plain(v, locale, namespace, lookup)).join(', ');
    case 'andList':
      return joinWords(items(value).map((v) => plain(v, locale, namespace, lookup)), locale === 'de' ? 'und' : 'and');
    case 'orList':
      return joinWords(items(value).map((v) => plain(v, locale, namespace, lookup)), locale === 'de' ? 'oder' : 'or');
    case 'codeList':
      return items(value).map((v) => `'${shorten(plain(v, locale, namespace, lookup), 60)}'`).join(', ');
    case 'codeOrList':
      return joinWords(items(value).map((v) => `'${shorten(plain(v, locale, namespace, lookup), 60)}'`), locale === 'de' ? 'oder' : 'or');
    case 'messages':
      return items(value).map((v) => plain(v, locale, namespace, lookup)).join('; ');
    case 'number':
      return typeof value === 'number' ? groupedNumber(value, locale) : plain(value, locale, namespace, lookup);
    case 'bytes':
      return typeof value === 'number' ? formatBytes(value, locale) : plain(value, locale, namespace, lookup);
    default:
      // duration, message, name, time and no format: the value's own form says how to show it.
      return plain(value, locale, namespace, lookup);
  }
}

/** A value shown by its own form: text (made safe), a number the reader's way, a duration, a phrase. */
function plain(value: MessageValue, locale: Locale, namespace: string, lookup: Lookup): string {
  if (typeof value === 'string') return visible(shorten(value, 200));
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => plain(v as MessageValue, locale, namespace, lookup)).join(', ');
  if (isDuration(value)) return formatDurationValue(value, locale);
  if (isPhrase(value)) {
    const ns = value.ns ?? namespace;
    return formatWith(lookup, locale, ns, value.id, value.data ?? {}) ?? `${ns}#${value.id}`;
  }
  if (isName(value)) return visible(shorten(locale === 'en' ? (value.nameEn ?? value.name) : value.name, 200));
  return String(value);
}

function items(value: MessageValue): readonly MessageValue[] {
  return Array.isArray(value) ? (value as readonly MessageValue[]) : [value];
}

function isDuration(value: object): value is DurationValue {
  return 'minutes' in value && 'unit' in value;
}

function isPhrase(value: object): value is Phrase {
  return 'id' in value && typeof (value as Phrase).id === 'string';
}

function isName(value: object): value is LocalizedName {
  return 'name' in value && typeof (value as LocalizedName).name === 'string';
}

function formatDurationValue(value: DurationValue, locale: Locale): string {
  const { minutes, unit, written } = value;
  if (!Number.isSafeInteger(minutes) || minutes < 0 || !isTimeUnit(unit)) return `${String(minutes)} min`;
  const inUnit = formatDuration(minutes, { unit, locale });
  // As the author wrote it first, then in the unit the message compares in: "20 UE (15 h)".
  if (written === undefined || written === unit || !isTimeUnit(written)) return inUnit;
  return `${formatDuration(minutes, { unit: written, locale })} (${inUnit})`;
}

function formatNumber(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'de' ? text.replace('.', ',') : text;
}

/** A whole number with thousands grouped the reader's way: `1,000,000` in English, `1.000.000` in German. */
function groupedNumber(value: number, locale: Locale): string {
  if (!Number.isSafeInteger(value)) return formatNumber(value, locale);
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'de' ? '.' : ',');
  return value < 0 ? `-${digits}` : digits;
}

/** A byte count: `8 MiB`, `10.5 MiB` (`10,5 MiB` in German), `300 KiB`. */
function formatBytes(bytes: number, locale: Locale): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${locale === 'de' ? text.replace('.', ',') : text} ${units[unit]}`;
}

const ISO_DATE = /^(-?\d{4,})-(\d{2})-(\d{2})$/;

/** `2015-05-16` in English (ISO, as documents write it), `16.05.2015` in German. */
function formatDate(iso: string, locale: Locale): string {
  const m = ISO_DATE.exec(iso);
  if (m === null || locale !== 'de') return visible(shorten(iso, 40));
  return `${m[3]}.${m[2]}.${m[1]}`;
}

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  de: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
};

/** `Fri 2027-03-26` in English, `Fr, 26.03.2027` in German. */
function formatDay(iso: string, locale: Locale): string {
  const m = ISO_DATE.exec(iso);
  if (m === null) return visible(shorten(iso, 40));
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const weekday = WEEKDAYS[locale][date.getUTCDay()];
  return locale === 'de' ? `${weekday}, ${formatDate(iso, locale)}` : `${weekday} ${iso}`;
}

const TIME_WINDOW = /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/;

/** `09:30-16:30` as people read it, `09:30–16:30` (an en dash), in both languages; anything else as text. */
function timeWindowText(window: string): string {
  const m = TIME_WINDOW.exec(window);
  return m === null ? visible(shorten(window, 40)) : `${m[1]}–${m[2]}`;
}

function stateName(code: string): string {
  const names: Readonly<Record<string, string>> = FEDERAL_STATE_NAMES;
  return Object.prototype.hasOwnProperty.call(names, code) ? names[code]! : visible(shorten(code, 40));
}

function quoted(text: string, locale: Locale): string {
  return locale === 'de' ? `„${text}“` : `"${text}"`;
}

function joinWords(words: readonly string[], conjunction: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** User text in a message is cut to a readable length: a 300,000-character key must not become the message. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in half.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

// C0 and C1 control characters (and DEL) from user text would drive the reader's terminal or a CI log.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Control characters shown as `\u001b`-style text. */
function visible(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  CONTROL.lastIndex = 0;
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
