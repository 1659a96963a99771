import type { MessageData, Phrase } from '../core/diagnostic.js';
import type { Bilingual, Locale } from '../core/locale.js';
import { catalogOf } from '../messages/catalogs.js';
import { formatMessage } from '../messages/format.js';
import type { MessageDataOf, MessageId, MessageNamespace, Translation } from '../messages/types.js';

/**
 * A catalog message rendered in both languages: the explanation's texts
 * are {@link Bilingual}, so they are rendered where the explanation is
 * built, from the catalogs (never written inline).
 */
export function bilingual<N extends MessageNamespace, M extends MessageId<N>>(ns: N, id: M, data: MessageDataOf<N, M>): Bilingual {
  let byId = templates.get(ns);
  if (byId === undefined) templates.set(ns, (byId = new Map()));
  let pair = byId.get(id);
  if (pair === undefined) byId.set(id, (pair = { en: split(catalogOf('en'), ns, id), de: split(catalogOf('de'), ns, id) }));
  return { en: render(pair.en, 'en', ns, id, data), de: render(pair.de, 'de', ns, id, data) };
}

/**
 * A phrase someone else made (the calendar's verdict on a day) rendered in
 * both languages, as the explanation carries its texts.
 */
export function bilingualPhrase(p: Phrase): Bilingual {
  const ns = p.ns ?? '';
  const data = p.data ?? {};
  return { en: formatMessage('en', ns, p.id, data) ?? `${ns}#${p.id}`, de: formatMessage('de', ns, p.id, data) ?? `${ns}#${p.id}` };
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z]+))?\}/g;
// What the renderer shows as it is: text without control characters, short enough not to be cut.
const AS_IS = /^[^\u0000-\u001f\u007f-\u009f]{0,200}$/;
// Texts split at their placeholders (odd places: names), or null when a placeholder has a format; by namespace and id.
type Template = readonly string[] | null;
const templates = new Map<string, Map<string, { en: Template; de: Template }>>();

/**
 * `formatMessage`, faster for the explanation's texts, which are rendered
 * once per planned day: a text whose placeholders have no format, filled
 * with plain text and whole numbers, is put together from its parts (split
 * once), as the renderer would show those values. Anything else goes to
 * the renderer itself; tests/schedule/texts.test.ts holds the two equal.
 */
function render(parts: Template, locale: Locale, ns: MessageNamespace, id: string, data: MessageData): string {
  if (parts !== null) {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const value = data[parts[i]!];
      if (typeof value === 'string' && AS_IS.test(value)) out += value;
      else if (typeof value === 'number' && Number.isSafeInteger(value)) out += String(value);
      else return formatMessage(locale, ns, id, data) ?? out;
      out += parts[i + 1]!;
    }
    return out;
  }
  return formatMessage(locale, ns, id, data) ?? `${ns}#${id}`;
}

function split(catalog: Translation, ns: MessageNamespace, id: string): Template {
  const text = (catalog[ns] as Readonly<Record<string, string>>)[id];
  if (text === undefined) return null;
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m[2] !== undefined) return null;
    parts.push(text.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/**
 * A message inside a message (a clause, a counted noun, one of several
 * suggestions), its id and data checked against the catalog at compile
 * time as `finding()` checks a finding's.
 */
export function phrase<N extends MessageNamespace, M extends MessageId<N>>(ns: N, id: M, data: MessageDataOf<N, M>): Phrase {
  return { ns, id, data: data as Phrase['data'] & object };
}

type CountId = Exclude<MessageId<'plan.count'>, 'unitsOf'>;

/**
 * `n` of a noun ("1 day", "3 days"; German "1 Tag", "3 Tage"), as a phrase
 * of `plan.count`. Both languages of the package make the singular for one
 * only, so the choice is made here and the words stay in the catalogs.
 */
export function counted(n: number, one: CountId, many: CountId): Phrase {
  return phrase('plan.count', n === 1 ? one : many, { n });
}

/**
 * Phrases joined as "a, or b, or c" ("a, oder b, oder c"): each suggestion
 * may hold commas of its own, so they are not run together as a list.
 * Undefined for no phrases.
 */
export function orChain(phrases: readonly Phrase[]): Phrase | undefined {
  let chain: Phrase | undefined;
  for (let i = phrases.length - 1; i >= 0; i--) {
    chain = chain === undefined ? phrases[i]! : phrase('plan/infeasible', 'orMore', { first: phrases[i]!, rest: chain });
  }
  return chain;
}
