/**
 * curricula/pages: pages people look at rather than read, each a pure
 * function from documents to a string: a module handbook (HTML or
 * Markdown) with the prerequisite graph, a calendar view of an offering,
 * sign-in sheets, the timetable for a recognition application, and
 * schema.org JSON-LD for a course's web page. A
 * separate entry, so the main entry `curricula` does not carry them.
 *
 * @example
 * ```ts
 * import { parseProgram } from 'curricula';
 * import { toHandbook, toCalendar, toSignInSheet, toTimetablePage, toJsonLd } from 'curricula/pages';
 * ```
 *
 * @packageDocumentation
 */
export { toHandbook, type HandbookOptions } from './handbook.js';
export { toCalendar, type CalendarOptions } from './calendar-view.js';
export { toSignInSheet, type SignInSheetOptions } from './sign-in-sheet.js';
export { toTimetablePage, type TimetablePageOptions } from './timetable.js';
export { toJsonLd, courseRichResultGaps, isoDuration, type JsonLdNode, type JsonLdOptions, type JsonLdValue } from './json-ld.js';
export { layoutPrerequisites, GRAPH_METRICS, type GraphCluster, type GraphEdge, type GraphLayout, type GraphNode } from './graph-layout.js';
export { prerequisiteGraphSvg, prerequisiteGraphMermaid, type GraphOptions } from './graph.js';
