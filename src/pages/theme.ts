/**
 * The colours and styles of the pages, inline in each page (no external
 * style sheet or font). Every text colour passes WCAG AA (4.5:1) on the
 * background it is drawn on; tests/pages/browser-pages.test.ts measures it
 * in the rendered page. System fonts only: a page must look the same
 * offline.
 */
export const COLORS = {
  text: '#1f2328',
  muted: '#57606a',
  link: '#0b4f8a',
  rule: '#8c959f',
  light: '#d0d7de',
  headBg: '#eef2f6',
  nodeFill: '#e8f0fa',
  nodeStroke: '#0b4f8a',
  optionalFill: '#ffffff',
  optionalStroke: '#57606a',
  clusterFill: '#f6f8fa',
  clusterStroke: '#8c959f',
  edge: '#57606a',
  sessionBg: '#cfe3f7',
  sessionText: '#0d2a45',
  cancelledBg: '#eceff2',
  holidayBg: '#fdecea',
  holidayText: '#8a1c12',
  hatch: '#9fb8d0',
  page: '#ffffff',
} as const;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

/** What every page shares: type, tables, links, print colours. */
const BASE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { color: ${COLORS.text}; background: ${COLORS.page}; font-family: ${FONT}; font-size: 15px; line-height: 1.45; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 1px solid ${COLORS.light}; padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .4rem; }
h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
p, ul, ol, dl { margin: .4rem 0 .8rem; }
a { color: ${COLORS.link}; }
.muted { color: ${COLORS.muted}; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; }
th, td { border: 1px solid ${COLORS.light}; padding: .3rem .45rem; text-align: left; vertical-align: top; }
thead th { background: ${COLORS.headBg}; }
td.num, th.num { text-align: right; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
dl.facts ul { margin: 0; padding-left: 1.1rem; }
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  a { color: ${COLORS.text}; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The module handbook: a title page, the graph, one section per module. */
export const HANDBOOK_CSS = `${BASE_CSS}
.title-page { border-bottom: 3px solid ${COLORS.link}; padding-bottom: 1rem; margin-bottom: 1rem; }
.kind { text-transform: uppercase; letter-spacing: .08em; font-size: .85rem; color: ${COLORS.muted}; margin: 0; }
.subtitle { font-size: 1.15rem; margin: 0 0 1rem; }
figure.graph { margin: 1rem 0; overflow-x: auto; }
figure.graph svg { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; color: ${COLORS.muted}; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; font-size: .9rem; }
ul.legend li { display: flex; align-items: center; gap: .4rem; }
.swatch { display: inline-block; width: 1.6rem; height: .9rem; border: 2px solid ${COLORS.nodeStroke}; background: ${COLORS.nodeFill}; border-radius: 3px; }
.swatch.optional { border-style: dashed; border-color: ${COLORS.optionalStroke}; background: ${COLORS.optionalFill}; }
.swatch.track { border: 1px solid ${COLORS.clusterStroke}; background: ${COLORS.clusterFill}; }
article.module { border-top: 1px solid ${COLORS.light}; margin-top: 1.2rem; }
article.module.optional > :first-child::after { content: ""; }
.badges { display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; margin: .2rem 0 .6rem; list-style: none; }
.badges li { border: 1px solid ${COLORS.rule}; border-radius: 1rem; padding: 0 .55rem; font-size: .85rem; }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  .title-page { break-after: page; border-bottom: 0; }
  article.module { break-inside: avoid-page; }
  h2, h3, h4 { break-after: avoid; }
  figure.graph { break-inside: avoid; }
}
`;

/** The calendar view: month grids, printable on A4 landscape. */
export const CALENDAR_CSS = `${BASE_CSS}
main { max-width: 80rem; }
.months { display: grid; grid-template-columns: repeat(auto-fill, minmax(21rem, 1fr)); gap: 1rem 1.5rem; }
.month { break-inside: avoid; }
.month table { table-layout: fixed; margin: 0; }
.month th, .month td { text-align: center; padding: .15rem; height: 2.6rem; }
.month thead th { height: auto; }
.month td.outside { background: ${COLORS.page}; border-color: ${COLORS.light}; }
.day { display: inline-block; min-width: 1.6em; padding: 0 .15rem; border-radius: .3rem; background: ${COLORS.page}; }
.mark { display: block; font-size: .75rem; font-weight: 700; }
td.session { background: ${COLORS.sessionBg}; color: ${COLORS.sessionText}; border: 2px solid ${COLORS.nodeStroke}; }
td.session .day { background: ${COLORS.sessionBg}; }
td.cancelled { background: ${COLORS.cancelledBg}; color: ${COLORS.muted}; border: 2px solid ${COLORS.rule}; }
td.cancelled .day, td.cancelled .mark { text-decoration: line-through; background: ${COLORS.cancelledBg}; }
td.to-be-agreed { background: repeating-linear-gradient(135deg, ${COLORS.page} 0 5px, ${COLORS.hatch} 5px 7px); border: 2px dashed ${COLORS.nodeStroke}; }
td.to-be-agreed .day, td.to-be-agreed .mark { background: ${COLORS.page}; border-radius: .3rem; }
td.holiday { background: ${COLORS.holidayBg}; color: ${COLORS.holidayText}; }
td.holiday .day { background: ${COLORS.holidayBg}; }
td.session.holiday { background: ${COLORS.sessionBg}; color: ${COLORS.sessionText}; }
td.session.holiday .day { background: ${COLORS.sessionBg}; }
.holiday-name { display: block; font-size: .62rem; line-height: 1.1; overflow: hidden; }
ul.notes { font-size: .85rem; padding-left: 1.1rem; margin: .3rem 0 0; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; }
ul.legend li { display: flex; align-items: center; gap: .4rem; }
.swatch { display: inline-block; width: 1.8rem; height: 1.1rem; border-radius: 3px; }
.swatch.session { background: ${COLORS.sessionBg}; border: 2px solid ${COLORS.nodeStroke}; }
.swatch.cancelled { background: ${COLORS.cancelledBg}; border: 2px solid ${COLORS.rule}; }
.swatch.to-be-agreed { background: repeating-linear-gradient(135deg, ${COLORS.page} 0 5px, ${COLORS.hatch} 5px 7px); border: 2px dashed ${COLORS.nodeStroke}; }
.swatch.holiday { background: ${COLORS.holidayBg}; border: 1px solid ${COLORS.holidayText}; }
del { text-decoration: line-through; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  html { font-size: 9pt; }
  .months { grid-template-columns: repeat(3, 1fr); gap: 4mm 6mm; }
  .month th, .month td { height: 9mm; }
  .sessions { break-before: page; }
}
`;

/** The sign-in sheets: one A4 page per session. */
export const SHEET_CSS = `${BASE_CSS}
main { max-width: 52rem; }
section.sheet { border: 1px solid ${COLORS.light}; padding: 1.2rem 1.4rem; margin: 0 0 2rem; }
section.sheet h1 { font-size: 1.4rem; }
section.sheet h2 { font-size: 1.1rem; margin: .2rem 0 .8rem; border: 0; padding: 0; font-weight: 600; }
.sheet-head { display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
.counter { white-space: nowrap; color: ${COLORS.muted}; }
table.signatures td { height: var(--row, 2.4rem); }
table.signatures th:first-child { width: 2.6rem; }
table.signatures th:nth-child(2) { width: 36%; }
table.signatures th:nth-child(3) { width: 26%; }
.confirm { margin-top: 1rem; display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; }
.confirm p { margin: 0; }
.confirm .line { border-top: 1px solid ${COLORS.text}; padding-top: .2rem; font-size: .85rem; margin-top: 2.4rem; }
.notice { border-left: 4px solid ${COLORS.link}; padding: .3rem .8rem; background: ${COLORS.headBg}; }
@media print {
  @page { size: A4; margin: 12mm 14mm; }
  .screen-only { display: none; }
  section.sheet { border: 0; padding: 0; margin: 0; height: 270mm; overflow: hidden; break-after: page; page-break-after: always; }
  section.sheet:last-of-type { break-after: auto; page-break-after: auto; }
  table.signatures td { height: var(--row-print, 9mm); }
}
`;

/** The timetable for a recognition application: facts, the verdicts, a table per day; printable on A4. */
export const TIMETABLE_CSS = `${BASE_CSS}
main { max-width: 56rem; }
.kind { text-transform: uppercase; letter-spacing: .08em; font-size: .85rem; color: ${COLORS.muted}; margin: 0; }
ul.verdicts { padding-left: 1.1rem; }
ul.verdicts > li { margin: .2rem 0; }
.qualifies { font-weight: 600; }
.fails { font-weight: 600; color: ${COLORS.holidayText}; }
.notice { border-left: 4px solid ${COLORS.link}; padding: .3rem .8rem; background: ${COLORS.headBg}; }
section.day { break-inside: avoid-page; }
p.session-facts { color: ${COLORS.muted}; margin: .2rem 0; }
tr.break td { color: ${COLORS.muted}; font-style: italic; }
td.time { white-space: nowrap; width: 7.5rem; }
@media print {
  @page { size: A4; margin: 15mm 14mm; }
  h2 { break-after: avoid; }
}
`;
