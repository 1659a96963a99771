import { didYouMean } from '../../core/did-you-mean.js';
import { formatTimeWindow, parseTimeWindow, type TimeWindow } from '../../model/time-window.js';
import { topicTitle } from '../../model/topic.js';
import { builtinMeta, defineRule } from '../define-rule.js';
import { offeringViews } from '../offering-context.js';

/**
 * A session's `agenda` breaks its day into timed items. Each item lies
 * inside the session's time window and outside its breaks, no two items
 * overlap, and an item's `module` is one of the program's modules and its
 * `topic` one of that module's topics (by title; without a module, of any
 * module). Cancelled sessions are not checked.
 */
export const offeringAgenda = defineRule({
  meta: builtinMeta('offering/agenda'),
  check(ctx) {
    for (const view of offeringViews(ctx)) {
      for (let iInfo = 0; iInfo < view.active.length; iInfo++) {
        const info = view.active[iInfo]!;
        const agenda = info.session.agenda;
        if (!Array.isArray(agenda) || agenda.length === 0) continue;
        const placed: { title: string; time: string; window: TimeWindow }[] = [];
        agenda.forEach((item, i) => {
          const pointer = `${info.pointer}/agenda/${i}`;
          const window = typeof item.time === 'string' ? parseTimeWindow(item.time) : undefined;
          const title = item.title;
          if (window !== undefined && window.end > window.start) {
            const time = formatTimeWindow(window);
            if (info.window === undefined) {
              ctx.report({ document: view.doc, path: `${pointer}/time`, messageId: 'noWindow', data: { title, time } });
            } else if (window.start < info.window.start || window.end > info.window.end) {
              ctx.report({ document: view.doc, path: `${pointer}/time`, messageId: 'outside', hintId: 'moveItem', data: { title, time, window: formatTimeWindow(info.window) } });
            } else {
              const pause = info.breaks.find((b) => b.window.start < window.end && window.start < b.window.end);
              if (pause !== undefined) {
                ctx.report({ document: view.doc, path: `${pointer}/time`, messageId: 'inBreak', hintId: 'moveItem', data: { title, time, pause: formatTimeWindow(pause.window) } });
              }
            }
            const clash = placed.find((p) => p.window.start < window.end && window.start < p.window.end);
            if (clash !== undefined) {
              ctx.report({ document: view.doc, path: `${pointer}/time`, messageId: 'overlap', data: { first: clash.title, firstTime: clash.time, second: title, secondTime: time } });
            }
            placed.push({ title, time, window });
          }
          if (view.index === undefined) return;
          const program = view.index.program.id;
          if (item.module !== undefined) {
            const entry = view.index.byId.get(item.module);
            if (entry === undefined) {
              const suggestion = didYouMean(item.module, view.index.byId.keys());
              if (suggestion === undefined) ctx.report({ document: view.doc, path: `${pointer}/module`, messageId: 'unknownModule', data: { title, module: item.module, program } });
              else ctx.report({ document: view.doc, path: `${pointer}/module`, messageId: 'unknownModule', hintId: 'didYouMean', data: { title, module: item.module, program, suggestion } });
              return;
            }
            if (item.topic !== undefined) {
              const titles = (entry.module.topics ?? []).map(topicTitle);
              if (!titles.some((t) => same(t, item.topic!))) {
                const suggestion = didYouMean(item.topic, titles);
                const data = { title, topic: item.topic, module: item.module };
                if (suggestion === undefined) ctx.report({ document: view.doc, path: `${pointer}/topic`, messageId: 'unknownTopic', data });
                else ctx.report({ document: view.doc, path: `${pointer}/topic`, messageId: 'unknownTopic', hintId: 'didYouMean', data: { ...data, suggestion } });
              }
            }
          } else if (item.topic !== undefined) {
            const titles = view.index.modules.flatMap((e) => (e.module.topics ?? []).map(topicTitle));
            if (!titles.some((t) => same(t, item.topic!))) {
              ctx.report({ document: view.doc, path: `${pointer}/topic`, messageId: 'unknownTopicAnywhere', data: { title, topic: item.topic, program } });
            }
          }
        });
      }
    }
  },
});

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
