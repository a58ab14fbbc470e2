import { daysBetween } from '@portal/ui-kit/page';
import type { AreaMessageKey } from './area.js';

// A task's deadline (the service-need assessment's): the area page's task list and the assessment
// form both show it, by the same rule and in the same words.

export type Deadline = { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'late' };

/**
 * How the deadline stands today: days left, the last day, or late. Late by the server's word
 * (`overdue`) or by the calendar, whichever says so first (the page may have been open past midnight).
 */
export function deadlineOf(dueDate: string, overdue: boolean, today: string): Deadline {
  const days = daysBetween(today, dueDate);
  if (overdue || days < 0) return { kind: 'late' };
  return days === 0 ? { kind: 'today' } : { kind: 'left', days };
}

/** The deadline's tag in words ("2 days left", "Due today", "Late"), with the element's `t`. */
export function deadlineText(deadline: Deadline, t: (key: AreaMessageKey, params?: Record<string, number>) => string): string {
  switch (deadline.kind) {
    case 'late':
      return t('late');
    case 'today':
      return t('dueToday');
    default:
      return deadline.days === 1 ? t('daysLeftOne') : t('daysLeft', { count: deadline.days });
  }
}
