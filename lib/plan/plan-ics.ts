// The plan's deadlines as calendar events; each UID depends on the plan's inputs and the step, so
// importing a plan again updates its events rather than duplicating them.
import { buildIcs } from '../calendar/ics';
import { t, type Lang } from '../i18n/translate';
import type { PlanNames } from './plan-text';
import { holidayNote, stepLimitText } from './plan-text';
import type { TransferPlan } from './transfer-plan';

export function planToIcs(lang: Lang, plan: TransferPlan, names: PlanNames, now: Date): string {
  const { input } = plan;
  const key = `${input.from}-${input.to}-${input.insurance}-${input.status}-${input.applied}`;
  const events = plan.checklist.flatMap((item) =>
    item.deadline
      ? [
          {
            uid: `${key}-${item.step}@shebao-lens`,
            date: item.deadline,
            summary: `${t(lang, `step.${item.step}`)} · ${names.from} → ${names.to}`,
            description: [
              `${t(lang, 'step.by', { date: item.deadline })} (${stepLimitText(lang, item)})`,
              holidayNote(lang, item),
              `${t(lang, 'planner.date')}: ${input.applied}`,
            ]
              .filter(Boolean)
              .join('\n'),
          },
        ]
      : [],
  );
  return buildIcs(events, { prodId: '-//Shebao Lens//Transfer planner//ZH', now, calendarName: t(lang, 'plan.icsName') });
}
