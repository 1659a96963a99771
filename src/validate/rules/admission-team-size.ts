import type { Admission } from '../../model/admission.js';
import { walkAdmission } from '../admission-walk.js';
import { builtinMeta, defineRule } from '../define-rule.js';

/** People a member entry of a team stands for: `count` of a role, the size of a nested team, else one. */
function members(node: Admission): number {
  if (typeof node !== 'object' || node === null) return 1;
  if ('role' in node) return typeof node.count === 'number' ? node.count : 1;
  if ('team' in node && Array.isArray(node.team)) return node.team.reduce((n, m) => n + members(m), 0);
  return 1;
}

/** A team requirement names at least two people (a tandem or more). */
export const admissionTeamSize = defineRule({
  meta: builtinMeta('admission/team-size'),
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      walkAdmission(doc.value.admission, '/admission', (node, pointer) => {
        if (typeof node !== 'object' || node === null || !('team' in node) || !Array.isArray(node.team)) return;
        const size = members(node);
        if (size >= 2) return;
        ctx.report({
          document: doc,
          path: `${pointer}/team`,
          messageId: 'tooSmall',
          hintId: 'addMember',
          data: { size },
        });
      });
    }
  },
});
