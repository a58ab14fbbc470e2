// The accessibility feedback's constants and error codes, without its schemas: the shell's form
// (a lazily loaded chunk) imports only these. The schemas' valibot functions would otherwise join
// the one valibot module every page downloads (`@portal/shared-contracts/accessibility-feedback-words`).
import * as v from 'valibot';
import type { ErrorCodeOf } from './primitives.js';

export const ACCESSIBILITY_FEEDBACK_PATH = '/api/accessibility-feedback';
export const ACCESSIBILITY_FEEDBACK_ADMIN_PATH = '/admin-api/accessibility-feedback';
/** PUT marks a feedback answered (again: no change); DELETE takes the mark back (a mistake). */
export const accessibilityFeedbackAnsweredPath = (reference: string): string =>
  `${ACCESSIBILITY_FEEDBACK_ADMIN_PATH}/${encodeURIComponent(reference)}/answered`;

/** The law's two weeks: the provider answers within this many days of receiving the feedback. */
export const FEEDBACK_ANSWER_DAYS = 14;
export const FEEDBACK_MESSAGE_MAX = 4000;

/** What can be wrong in the form, as the codes the API and the form both use. */
export const FEEDBACK_ERRORS = {
  messageRequired: 'message.required',
  messageTooLong: 'message.too-long',
  emailInvalid: 'email.invalid',
  pageInvalid: 'page.invalid',
} as const;
export type FeedbackErrorCode = ErrorCodeOf<typeof FEEDBACK_ERRORS>;

/**
 * The receipt as the form reads it: only `object` and `string`, which every page has already. The
 * backend answers with AccessibilityFeedbackReceiptSchema (the reference's pattern, the instant and
 * the day checked), and its tests hold it to that.
 */
export const FeedbackReceiptShape = v.object({ reference: v.string(), receivedAt: v.string(), answerBy: v.string() });
