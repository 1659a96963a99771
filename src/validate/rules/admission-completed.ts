import { completedTarget, walkAdmission } from '../admission-walk.js';
import { defineRule } from '../define-rule.js';

const PART: Record<string, { en: string; de: string }> = {
  module: { en: 'a module', de: 'ein Modul' },
  track: { en: 'a track', de: 'ein Zweig' },
  'target group': { en: 'a target group', de: 'eine Zielgruppe' },
  activity: { en: 'an activity', de: 'eine Aktivität' },
};

/**
 * `completed` names another program: not the program itself, not one of
 * its own modules, tracks, target groups or activities, not an offering.
 * Ids found nowhere are refs/unresolved's to report.
 */
export const admissionCompleted = defineRule({
  meta: {
    id: 'admission/completed',
    severity: 'error',
    description: 'Admission `completed` names another program, not the program itself, one of its modules (tracks, target groups, activities) or an offering.',
  },
  check(ctx) {
    for (const doc of ctx.programDocuments) {
      const program = doc.value;
      walkAdmission(program.admission, '/admission', (node, pointer) => {
        if (typeof node !== 'object' || node === null || !('completed' in node) || typeof node.completed !== 'string') return;
        const id = node.completed;
        const target = completedTarget(ctx, program, id);
        const path = `${pointer}/completed`;
        if (target.kind === 'self') {
          ctx.report({
            document: doc,
            path,
            message: {
              en: `Program "${id}" requires having completed itself`,
              de: `Programm „${id}“ setzt den eigenen Abschluss voraus`,
            },
            hint: { en: 'Name the program that comes before this one', de: 'Nennen Sie das vorausgehende Programm' },
          });
        } else if (target.kind === 'part') {
          ctx.report({
            document: doc,
            path,
            message: {
              en: `"${id}" is ${PART[target.what]!.en} of this program, not a program`,
              de: `„${id}“ ist ${PART[target.what]!.de} dieses Programms, kein Programm`,
            },
            hint:
              target.what === 'module'
                ? { en: 'Use requires on the module that depends on it', de: 'Verwenden Sie requires am abhängigen Modul' }
                : { en: 'Name a program id', de: 'Nennen Sie die Kennung eines Programms' },
          });
        } else if (target.kind === 'offering') {
          ctx.report({
            document: doc,
            path,
            message: {
              en: `"${id}" is an offering, not a program`,
              de: `„${id}“ ist eine Durchführung, kein Programm`,
            },
            hint: { en: `did you mean its program "${target.program}"?`, de: `meinten Sie dessen Programm „${target.program}“?` },
          });
        }
      });
    }
  },
});
