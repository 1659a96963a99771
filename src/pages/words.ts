/**
 * What a page says about a fact, before it is HTML or Markdown: text, a
 * link to a section of the page, or a heading with items under it (a list
 * of target groups, an admission of "all of the following"). The handbook
 * builds these once and both renderers write them.
 */
export type Words = string | WordsLink | WordsList;

/** A link to a section of the same page. */
interface WordsLink {
  readonly href: `#${string}`;
  readonly text: string;
}

/** Items, with an optional lead text; `inline` items are written on one line, separated by commas. */
interface WordsList {
  readonly lead?: string | undefined;
  readonly items: readonly Words[];
  readonly inline?: boolean | undefined;
}

/** A labelled fact: "Hours: 160 UE (120 clock hours)". */
export interface Fact {
  readonly label: string;
  readonly value: Words;
}

/** Words as plain text, for JSON-LD and titles: lists joined with "; ", leads followed by their items. */
export function plainWords(words: Words): string {
  if (typeof words === 'string') return words;
  if ('href' in words) return words.text;
  const items = words.items.map(plainWords).join(words.inline ? ', ' : '; ');
  return words.lead === undefined ? items : `${words.lead} ${items}`;
}
