import * as v from 'valibot';
import { LocaleSchema } from '../locale.js';
import { isPortalPath } from '../portal-path.js';
import { emailField } from './contact-fields.js';
import { IsoDate, IsoTimestamp } from './primitives.js';
import { FEEDBACK_ERRORS, FEEDBACK_MESSAGE_MAX } from './accessibility-feedback-words.js';

// A subpath of its own (`@portal/shared-contracts/accessibility-feedback`): only the backend and the
// shell's accessibility statement page need it, and the shared singleton is downloaded by every page.

/**
 * Feedback on the service's accessibility, as the Act on the Provision of Digital Services
 * (306/2019) asks for beside the accessibility statement: anyone may send it, signed in or not. It
 * reaches the provider through the operators' API; the sender gets a reference and the date by which
 * they will have an answer.
 */
export {
  ACCESSIBILITY_FEEDBACK_PATH,
  ACCESSIBILITY_FEEDBACK_ADMIN_PATH,
  FEEDBACK_ANSWER_DAYS,
  FEEDBACK_MESSAGE_MAX,
  FEEDBACK_ERRORS,
  type FeedbackErrorCode,
} from './accessibility-feedback-words.js';

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
 * GET /admin-api/accessibility-feedback (operators, bearer token): every feedback, the open ones
 * first with the oldest answer due first, then the answered ones. `?open` lists the open ones only.
 * Types only: no browser code reads it.
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
  /** When an operator marked it answered, and who (the admin token's name); null while open. */
  readonly answeredAt: string | null;
  readonly answeredBy: string | null;
  /** Open past its answer day (Helsinki): the law's two weeks are not kept. */
  readonly overdue: boolean;
}
