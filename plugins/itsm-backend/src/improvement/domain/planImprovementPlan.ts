import {
  ImprovementPlan,
  ImprovementPlanItem,
  quarterOf,
} from '@backstage-itsm/plugin-itsm-common';

/**
 * The continual improvement plan of a year (§10.3.1): the planned items
 * due in it by quarter of their due date, earliest first (then by ref
 * number), and those without a due date apart. Items due in other years
 * are not in it.
 */
export function planImprovementPlan(
  year: number,
  items: readonly ImprovementPlanItem[],
): ImprovementPlan {
  const byDue = (a: ImprovementPlanItem, b: ImprovementPlanItem) =>
    (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
    refNumber(a.ref) - refNumber(b.ref);
  const quarters = [1, 2, 3, 4].map(quarter => ({
    quarter,
    label: `Q${quarter} ${year}`,
    items: items
      .filter(item => {
        if (!item.dueDate) return false;
        const q = quarterOf(item.dueDate);
        return q.year === year && q.quarter === quarter;
      })
      .sort(byDue),
  }));
  return {
    year,
    quarters,
    undated: items.filter(item => !item.dueDate).sort(byDue),
  };
}

function refNumber(ref: string): number {
  return Number(/(\d+)$/.exec(ref)?.[1] ?? 0);
}
