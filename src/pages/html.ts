/**
 * A tiny builder for HTML and inline SVG as text: every string child and
 * attribute value is escaped, and only {@link Markup} made here is inserted
 * as it is, so user text (a module titled `<b>`) can never become markup.
 * The pages are plain strings; no DOM, no framework.
 */

/** Markup this builder made: inserted into other markup without escaping. */
export interface Markup {
  readonly markup: string;
}

/** What an element may hold: markup, text (escaped), numbers, nothing, or lists of these. */
export type Child = Markup | string | number | null | undefined | false | readonly Child[];

/** Attribute values: text (escaped), numbers, `true` for a bare attribute; `false`/`undefined` leave it out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

// Elements without an end tag (HTML); SVG elements are closed with `/>` when empty.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SVG_EMPTY = new Set(['rect', 'path', 'line', 'circle', 'ellipse', 'polygon', 'polyline', 'stop', 'use']);

/** Escapes text for an HTML text node or a double-quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Marks text as markup. Only for markup this package writes itself (CSS, JSON-LD made safe). */
function raw(markup: string): Markup {
  return { markup };
}

function isMarkup(child: unknown): child is Markup {
  return typeof child === 'object' && child !== null && 'markup' in child;
}

function append(out: string[], child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (typeof child === 'string') out.push(escapeHtml(child));
  else if (typeof child === 'number') out.push(String(child));
  else if (isMarkup(child)) out.push(child.markup);
  else for (const c of child as readonly Child[]) append(out, c);
}

/** Children as one piece of markup. */
function fragment(...children: Child[]): Markup {
  const out: string[] = [];
  append(out, children);
  return { markup: out.join('') };
}

/**
 * An element: `h('td', { class: 'hours' }, '16 UE')` is `<td class="hours">16 UE</td>`.
 * Attribute names are written as given (they come from this package, never from documents).
 */
export function h(tag: string, attributes: Attributes | null = null, ...children: Child[]): Markup {
  let open = `<${tag}`;
  if (attributes !== null) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === false) continue;
      open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
    }
  }
  if (VOID.has(tag)) return { markup: `${open}>` };
  const out: string[] = [];
  append(out, children);
  if (out.length === 0 && SVG_EMPTY.has(tag)) return { markup: `${open}/>` };
  return { markup: `${open}>${out.join('')}</${tag}>` };
}

/**
 * A whole page: doctype, `lang`, charset, viewport, title, the styles
 * inline, optional data in the head (JSON-LD), and the body.
 */
export function page(options: { lang: string; title: string; css: string; head?: Child; body: Child }): string {
  const document = fragment(
    raw('<!DOCTYPE html>\n'),
    h(
      'html',
      { lang: options.lang },
      h(
        'head',
        null,
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('title', null, options.title),
        h('style', null, raw(options.css)),
        options.head,
      ),
      h('body', null, options.body),
    ),
  );
  return `${document.markup}\n`;
}

/** A JSON value as the content of `<script type="application/ld+json">`: `<` escaped, so no text in it can end the script. */
export function jsonScript(value: unknown): Markup {
  const json = JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
  return h('script', { type: 'application/ld+json' }, raw(json));
}

/** An id usable in HTML and in a URL fragment for a document id (letters, digits, `.`, `_`, `-` are kept). */
export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}
