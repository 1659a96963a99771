import type { Program } from '../model/program.js';
import type { GraphNode } from './graph-layout.js';
import type { PageText } from './text.js';

/** What a module's box says about its length: its exact hours, else its days, else that none are given. */
export function nodeHours(node: Pick<GraphNode, 'minutes' | 'days'>, program: Program, text: PageText): string {
  if (node.minutes !== undefined) return text.duration(node.minutes, program.unit);
  if (node.days !== undefined) return daysText(node.days, text);
  return text.t('pages.handbook', 'hoursUnknown');
}

/** A length in days: "ein halber Tag", "1 Tag", "2 Tage", "1,5 Tage". */
export function daysText(days: number, text: PageText): string {
  if (days === 0.5) return text.t('pages.handbook', 'halfDay');
  if (days === 1) return text.t('pages.handbook', 'oneDay');
  return text.t('pages.handbook', 'dayCount', { days: text.number(days) });
}

/** The titles of a band's tracks, joined: "Netzwerkmanagement + Netzwerkkoordination". */
export function clusterTitle(tracks: readonly string[], program: Program): string {
  return tracks.map((id) => program.tracks?.find((t) => t.id === id)?.title ?? id).join(' + ');
}

/**
 * A title broken into at most `maxLines` lines of about `width` characters
 * at spaces (a longer word is cut), the last line ending in "…" when text
 * is left over. SVG text does not wrap by itself.
 */
export function wrapTitle(title: string, width: number, maxLines: number): string[] {
  const words = title.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (let k = 0; k < words.length; k++) {
    let word = words[k]!;
    while (word.length > width) {
      if (current !== '') {
        lines.push(current);
        current = '';
      }
      lines.push(word.slice(0, width - 1) + '-');
      word = word.slice(width - 1);
    }
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}
