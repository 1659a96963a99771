import type { DurationValue, LocalizedName, MessageValue, Phrase } from '../core/diagnostic.js';
import type { en, enPages } from './en.js';

/**
 * The English catalog's shape: namespace (a diagnostic code such as
 * `hours/total`, or a text namespace such as `plan.explanation`) to message
 * id to text. Every other language has exactly these namespaces and ids.
 *
 * @example
 * ```ts
 * import type { MessageCatalog } from 'curricula';
 * type TotalMessages = keyof MessageCatalog['hours/total']; // 'mismatch' | 'more' | …
 * ```
 */
export type MessageCatalog = typeof en;

/**
 * A namespace of the catalogs: every diagnostic code, and the text
 * namespaces of labels and explanations (`export.csv`, `plan.explanation`).
 *
 * @example
 * ```ts
 * import type { MessageNamespace } from 'curricula';
 * const ns: MessageNamespace = 'hours/total';
 * ```
 */
export type MessageNamespace = keyof MessageCatalog;

/**
 * The message ids of a namespace: a typo in an id is a compile error, as in
 * typescript-eslint's typed `messageId`.
 *
 * @example
 * ```ts
 * import type { MessageId } from 'curricula';
 * const id: MessageId<'hours/total'> = 'mismatch';
 * ```
 */
export type MessageId<N extends MessageNamespace> = keyof MessageCatalog[N] & string;

/**
 * Any translation: the same namespaces and ids as English, each a text.
 *
 * @example
 * ```ts
 * import type { Translation } from 'curricula';
 * declare const fr: Translation; // a French catalog would have this shape
 * ```
 */
export type Translation = { readonly [N in MessageNamespace]: { readonly [M in MessageId<N>]: string } };

type Separator = ' ' | ',' | '"' | "'" | '{' | '}' | '/' | '.' | '\n';
type IsName<S extends string> = S extends '' ? false : S extends `${string}${Separator}${string}` ? false : true;

/** The placeholders of a text, `{name}` or `{name:format}`; braces around anything else are literal text. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${infer Format}`
      ? IsName<Name> extends true
        ? IsName<Format> extends true
          ? [Name, Format]
          : never
        : never
      : IsName<P> extends true
        ? [P, '']
        : never) | Placeholders<Rest>
  : never;

/**
 * What a placeholder of a given format takes:
 * - `date` / `day`: an ISO date (`2027-03-26`), shown as `26.03.2027` /
 *   `Fr, 26.03.2027` in German;
 * - `state`: a federal state code (`BW`), shown by its name;
 * - `window`: a time window (`09:30-16:30`), shown with an en dash
 *   (`09:30–16:30`);
 * - `duration`: exact minutes and a unit;
 * - `quote` / `code`: user text, shortened and with control characters
 *   made visible, in quotation marks (`„…“` in German) / single quotes;
 * - `text`: text already rendered (a message passed on), not shortened;
 * - `number`: a whole number with thousands grouped (`1.000.000` in German);
 * - `bytes`: a byte count (`8 MiB`);
 * - `list`, `andList`, `orList`, `codeList`, `codeOrList`: lists;
 * - `message` / `messages`: phrases rendered from the catalog;
 * - `name`: a name in German and English (`{ name, nameEn }`), shown in
 *   the reader's language;
 * - no format: text or a number (decimal comma in German).
 *
 * @example
 * ```ts
 * import type { PlaceholderTypes } from 'curricula';
 * const value: PlaceholderTypes['duration'] = { minutes: 90, unit: 'h' };
 * ```
 */
export interface PlaceholderTypes {
  '': string | number;
  date: string;
  day: string;
  time: string;
  state: string;
  window: string;
  duration: DurationValue;
  quote: string;
  code: string;
  text: string;
  number: number;
  bytes: number;
  list: readonly MessageValue[];
  andList: readonly MessageValue[];
  orList: readonly MessageValue[];
  codeList: readonly string[];
  codeOrList: readonly string[];
  message: Phrase;
  messages: readonly Phrase[];
  name: LocalizedName;
}

/**
 * The formats placeholders may name (`{date:date}`).
 *
 * @example
 * ```ts
 * import type { PlaceholderFormat } from 'curricula';
 * const format: PlaceholderFormat = 'orList';
 * ```
 */
export type PlaceholderFormat = keyof PlaceholderTypes;

/**
 * The data a text needs: one value per placeholder, typed by the
 * placeholder's format (`{date:date}` takes an ISO date).
 *
 * @example
 * ```ts
 * import type { TextData } from 'curricula';
 * const data: TextData<'Starts on {date:date}'> = { date: '2027-01-04' };
 * ```
 */
export type TextData<S> = S extends string
  ? { [P in Placeholders<S> as P[0]]: P[1] extends PlaceholderFormat ? PlaceholderTypes[P[1]] : MessageValue }
  : never;

/**
 * The data a message needs: one value per placeholder, typed by the
 * placeholder's format. A missing or misspelt placeholder is a compile
 * error where the finding is reported.
 *
 * @example
 * ```ts
 * import type { MessageDataOf } from 'curricula';
 * const data: MessageDataOf<'schema/unknown-key', 'unknown'> = { key: 'titel' };
 * ```
 */
export type MessageDataOf<N extends MessageNamespace, M extends MessageId<N>> = TextData<MessageCatalog[N][M]>;

/**
 * The English texts of curricula/pages (namespaces `pages.*`), apart from
 * {@link MessageCatalog} so that the main entry does not carry them.
 *
 * @example
 * ```ts
 * import type { PagesCatalog } from 'curricula';
 * type HandbookTexts = keyof PagesCatalog['pages.handbook']; // 'kind' | 'provider' | …
 * ```
 */
export type PagesCatalog = typeof enPages;

/**
 * Any translation of the pages' texts: the namespaces and ids of {@link PagesCatalog}, each a text.
 *
 * @example
 * ```ts
 * import type { PagesTranslation } from 'curricula';
 * declare const fr: PagesTranslation;
 * ```
 */
export type PagesTranslation = { readonly [N in keyof PagesCatalog]: { readonly [M in keyof PagesCatalog[N]]: string } };
