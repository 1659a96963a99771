import type { Locale } from '../core/locale.js';
import { formatMessage, type MessageId, type MessageNamespace } from '../messages/index.js';
import { catalogOf } from '../messages/catalogs.js';

type LabelNamespace = 'export.markdown' | 'export.ics' | 'export.csv' | 'export.timetable';

const CACHE = new Map<string, Readonly<Record<string, string>>>();

/**
 * The fixed words of an export (headings, field names) in a language, from
 * a text namespace of the message catalogs (`export.markdown`,
 * `export.ics`): rendered once per language, not per session. Texts with
 * placeholders are rendered where they are used, with {@link text}.
 *
 * @example
 * ```ts
 * labels('export.ics', 'de').modules; // 'Bausteine'
 * ```
 */
export function labels<N extends LabelNamespace>(namespace: N, locale: Locale): Readonly<Record<MessageId<N>, string>> {
  const key = `${locale}\u0000${namespace}`;
  let out = CACHE.get(key);
  if (out === undefined) {
    const rendered: Record<string, string> = {};
    for (const id of Object.keys(catalogOf('en')[namespace])) rendered[id] = text(locale, namespace, id);
    out = Object.freeze(rendered);
    CACHE.set(key, out);
  }
  return out as Readonly<Record<MessageId<N>, string>>;
}

/**
 * A text of the catalogs with its placeholders filled (the id when the
 * catalogs lack it, which the package's own ids never do).
 *
 * @example
 * ```ts
 * text('de', 'export.markdown', 'offDays', { count: 3 }); // '3 weitere Tage sind keine Unterrichtstage'
 * ```
 */
export function text(locale: Locale, namespace: MessageNamespace, id: string, data: Parameters<typeof formatMessage>[3] = {}): string {
  return formatMessage(locale, namespace, id, data) ?? id;
}
