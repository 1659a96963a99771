import type { Phrase } from '../../core/diagnostic.js';
import { completedTarget, walkAdmission } from '../admission-walk.js';
import { builtinMeta, defineRule } from '../define-rule.js';

const PART: Readonly<Record<string, Phrase>> = {
  module: { ns: 'validate.part', id: 'module' },
  track: { ns: 'validate.part', id: 'track' },
  'target group': { ns: 'validate.part', id: 'targetGroup' },
  activity: { ns: 'validate.part', id: 'activity' },
};

/**
 * `completed` names another program: not the program itself, not one of
 * its own modules, tracks, target groups or activities, not an offering.
 * Ids found nowhere are refs/unresolved's to report.
 */
export const admissionCompleted = defineRule({
  meta: builtinMeta('admission/completed'),
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      walkAdmission(program.admission, '/admission', (node, pointer) => {
        if (typeof node !== 'object' || node === null || !('completed' in node) || typeof node.completed !== 'string') return;
        const id = node.completed;
        const target = completedTarget(ctx, program, id);
        const path = `${pointer}/completed`;
        if (target.kind === 'self') {
          ctx.report({ document: doc, path, messageId: 'self', hintId: 'namePrevious', data: { id } });
        } else if (target.kind === 'part') {
          ctx.report({
            document: doc,
            path,
            messageId: 'part',
            hintId: target.what === 'module' ? 'useRequires' : 'nameProgram',
            data: { id, what: PART[target.what]! },
          });
        } else if (target.kind === 'offering') {
          ctx.report({ document: doc, path, messageId: 'offering', hintId: 'itsProgram', data: { id, program: target.program } });
        }
      });
    }
  },
});
