import * as v from 'valibot';
import { LocaleSchema } from '../locale.js';
import { isPortalPath } from '../portal-path.js';
import { emailField } from './contact-fields.js';
import { IsoDate, IsoTimestamp, type ErrorCodeOf } from './primitives.js';

// A subpath of its own (`@portal/shared-contracts/accessibility-feedback`): only the backend and the
// shell's accessibility statement page need it, and the shared singleton is downloaded by every page.

/**
 * Feedback on the service's accessibility, as the Act on the Provision of Digital Services
 * (306/2019) asks for beside the accessibility statement: anyone may send it, signed in or not. It
 * reaches the provider through the operators' API; the sender gets a reference and the date by which
 * they will have an answer.
 */
export const ACCESSIBILITY_FEEDBACK_PATH = '/api/accessibility-feedback';
export const ACCESSIBILITY_FEEDBACK_ADMIN_PATH = '/admin-api/accessibility-feedback';

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

/** POST /api/accessibility-feedback. */
export const AccessibilityFeedbackSchema = v.object({
  message: v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty(FEEDBACK_ERRORS.messageRequired),
    v.maxLength(FEEDBACK_MESSAGE_MAX, FEEDBACK_ERRORS.messageTooLong),
  ),
  /** Where to send the answer; empty when the sender wants none or gives none. */
  email: v.optional(v.union([v.literal(''), emailField(FEEDBACK_ERRORS.emailInvalid)], FEEDBACK_ERRORS.emailInvalid)),
  /** The page of the portal the sender was on before the statement, if they came from one. */
  page: v.optional(
    v.pipe(
      v.string(),
      v.check((value) => isPortalPath(value, 500), FEEDBACK_ERRORS.pageInvalid),
    ),
  ),
  /** The language they wrote in and want the answer in. */
  language: LocaleSchema,
});
export type AccessibilityFeedback = v.InferOutput<typeof AccessibilityFeedbackSchema>;

/** The answer to a sent feedback: what to quote when asking about it, and when the answer is due. */
export const AccessibilityFeedbackReceiptSchema = v.object({
  reference: v.pipe(v.string(), v.regex(/^SP-\d{4}-\d{5,}$/)),
  receivedAt: IsoTimestamp,
  answerBy: IsoDate,
});
export type AccessibilityFeedbackReceipt = v.InferOutput<typeof AccessibilityFeedbackReceiptSchema>;

/**
 * GET /admin-api/accessibility-feedback (operators, bearer token): every feedback, the oldest answer
 * due first. Types only: no browser code reads it.
 */
export interface AccessibilityFeedbackListResponse {
  readonly items: readonly AccessibilityFeedbackItem[];
}

export interface AccessibilityFeedbackItem {
  readonly reference: string;
  readonly message: string;
  readonly email: string | null;
  readonly page: string | null;
  readonly language: 'fi' | 'sv' | 'en';
  /** Whether the sender was signed in (who they are is not shown here; the reference finds them). */
  readonly signedIn: boolean;
  readonly receivedAt: string;
  readonly answerBy: string;
}
