/**
 * Control characters an export must not pass on: C0 but tab, line feed and
 * carriage return, DEL, and C1. A Markdown or CSV file printed to a
 * terminal (`curricula plan --format md`) or shown in a CI log would act on
 * ESC sequences, and NUL or BEL have no place in a table; the ICS writer
 * drops them too (RFC 5545 allows no control characters).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Lone UTF-16 surrogates cannot be encoded as UTF-8; they become U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for a CSV or Markdown export: control characters other than tab and
 * line breaks removed (NUL, BEL, ESC …, as the ICS writer does), lone
 * surrogates replaced by U+FFFD. Text without any comes back as it is.
 *
 * @example
 * ```ts
 * stripControls('Raum\u0007 1\u001b[2J'); // 'Raum 1[2J'
 * ```
 */
export function stripControls(text: string): string {
  CONTROL.lastIndex = 0;
  const controls = CONTROL.test(text);
  LONE_SURROGATE.lastIndex = 0;
  const lone = LONE_SURROGATE.test(text);
  if (!controls && !lone) return text;
  let out = controls ? text.replace(CONTROL, '') : text;
  if (lone) out = out.replace(LONE_SURROGATE, '\uFFFD');
  return out;
}
