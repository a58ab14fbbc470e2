// The rules of accessibility feedback: its reference, the day its answer is due, what the operators see.
import {
  FEEDBACK_ANSWER_DAYS,
  type AccessibilityFeedbackItem,
  type AccessibilityFeedbackReceipt,
} from '@portal/shared-contracts/accessibility-feedback';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import type { FeedbackRow } from './store.js';

/** `SP-2026-00042`: "saavutettavuuspalaute", the year it came (Helsinki) and its number. */
export function feedbackReference(row: Pick<FeedbackRow, 'number' | 'receivedAt'>): string {
  return `SP-${helsinkiDate(row.receivedAt).slice(0, 4)}-${String(row.number).padStart(5, '0')}`;
}

/** The law's two weeks, counted in Helsinki days from the day it came. */
export function answerDue(receivedAt: Date): string {
  return addDays(helsinkiDate(receivedAt), FEEDBACK_ANSWER_DAYS);
}

export function toReceipt(row: FeedbackRow): AccessibilityFeedbackReceipt {
  return { reference: feedbackReference(row), receivedAt: row.receivedAt.toISOString(), answerBy: row.answerBy };
}

/** The number in a reference, when the reference is well formed; the year is checked against the row. */
export function numberOfReference(reference: string): { year: string; number: number } | undefined {
  const match = /^SP-(\d{4})-(\d{5,9})$/.exec(reference);
  if (!match?.[1] || !match[2]) return undefined;
  return { year: match[1], number: Number(match[2]) };
}

export function toItem(row: FeedbackRow, today: string): AccessibilityFeedbackItem {
  return {
    reference: feedbackReference(row),
    message: row.message,
    email: row.email,
    page: row.page,
    language: row.language,
    signedIn: row.personId !== null,
    receivedAt: row.receivedAt.toISOString(),
    answerBy: row.answerBy,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answeredBy: row.answeredBy,
    overdue: row.answeredAt === null && row.answerBy < today,
  };
}
