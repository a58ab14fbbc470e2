/**
 * The form kit of the job-search area: what every form of the area (registration, service-need
 * assessment, reports of changes, ending) shares, written once. The generic pieces (styles, the
 * step flow, errors, controls, sending) are the portal's UI kit (`@portal/ui-kit`), re-exported here
 * with the area's own (its base element, report dates, deadlines, drafts, its words).
 *
 * How a form uses it (see `job-search-change-form` for a whole example):
 *
 * - The element: `class … extends JobSearchFormElement<Values, Request, MessageKey, Notice>`, with
 *   `super({ draftKey, url, messages })`; the form implements `canStart`, `load`, `validate`,
 *   `noticeText` and `renderBody`. The base class wires what follows for it: the properties the
 *   area page sets, `t()`/`date()` in the person's language, the steps (`FormFlowController`: a
 *   step's title to the shell, focus on its h1, the error summary or a field), the draft
 *   (`DraftController` from the contracts, restored with `startFrom`), sending
 *   (`IdempotentPost`: a retry sends the same key) and what each answer means (400 → the fields,
 *   409 → the newest state with the input kept, 5xx or no network → a retry, success → the draft
 *   discarded, `JobSearchChangedEvent`, the receipt).
 * - Styles: `static styles = [baseStyles, formStyles, styles]`.
 * - Validation: validate with the contract's request schema (`validate` from the contracts) and
 *   keep `errorsFromIssues(result.issues)`; a 400 from the server gives the same shape through
 *   `errorsFromApiError(error)`. Errors are codes by issue path; controls get
 *   `error: this.error(path)` (the kit's words, or the form's own through `errorFor`).
 * - Controls: `textField`, `textArea`, `selectField`, `radioGroup`, `checkboxGroup`, `checkbox`:
 *   each has the id `fieldId(path)` (`education.1.field` → `education-1-field`), its hint and
 *   error with `aria-describedby`, and `aria-invalid`. So an issue path finds its field.
 * - `renderErrorSummary(order)` at the top of the edit step (the kit's `errorSummary`); its links
 *   focus the fields (`focusField`, which also finds a group's first control).
 * - Dates of reports: `dateField` (`<input type="date">` with the server's window), `reportWindow`,
 *   `reportDateError`, `reportContext(jobSearch)`. A task's deadline: `deadlineOf`, `deadlineText`.
 * - Check your answers: `summaryList(rows, locale)`, free text with `multiline`; what goes to the
 *   benefit payer: `payerInset`; receipt: `renderReceiptPanel(receipt)` (the kit's `receiptPanel`).
 * - Drafts read back defensively: `draftString`/`draftStrings`/`draftRecords`.
 * - Announcements: `PoliteAnnouncer` + `politeRegion(announcer)` (character counts through
 *   `countedInput`, add/remove).
 * - Links inside the portal: `@click=${followInternalLink}` on a real `<a href>`.
 */
export { addDays, daysBetween, formatDateTime, helsinkiToday } from '@portal/ui-kit/page';
export { deadlineOf, deadlineText } from './deadline.js';
export type { Deadline } from './deadline.js';
export { dateField, DATE_REQUIRED, isCalendarDate, REPORT_WINDOW_DAYS, reportContext, reportDateError, reportWindow } from './report-dates.js';
export type { DateFieldOptions, ReportContext } from './report-dates.js';
export {
  errorsFromApiError,
  errorsFromIssues,
  fieldId,
  findField,
  focusField,
  FORM_PATH,
  groupError,
  isConflict,
  isNotFound,
  orderedErrors,
} from '@portal/ui-kit/form';
export type { FieldErrors } from '@portal/ui-kit/form';
export { errorText, kitText } from './errors.js';
export {
  characterCountText,
  checkbox,
  checkboxGroup,
  describedBy,
  fieldError,
  hintText,
  legend,
  monthYearField,
  radioGroup,
  selectField,
  textArea,
  textField,
} from '@portal/ui-kit/form';
export type {
  CheckboxGroupOptions,
  CheckboxOptions,
  ChoiceGroupOptions,
  ControlBase,
  MonthYearOptions,
  Option,
  RadioGroupOptions,
  SelectOptions,
  TextAreaOptions,
  TextFieldOptions,
} from '@portal/ui-kit/form';
export { multiline, receiptPanel, summaryList } from '@portal/ui-kit/form';
export type { SummaryRow } from '@portal/ui-kit/form';
export { notice } from '@portal/ui-kit/page';
export { errorSummary, payerInset } from './controls.js';
export type { ErrorSummaryOptions } from './controls.js';
export { FormStep, PoliteAnnouncer, politeRegion } from '@portal/ui-kit/form';
export type { FocusTarget, FormFlowHost, FormFlowOptions } from '@portal/ui-kit/form';
export { FormFlowController } from './flow.js';
export { IdempotentPost } from '@portal/ui-kit/form';
export { followInternalLink } from '@portal/ui-kit/page';
export { draftBoolean, draftRecords, draftString, draftStrings } from './draft-shape.js';
export { errorMessages, kitMessages } from './form-kit.messages.js';
export type { KitMessageKey } from './form-kit.messages.js';
export { baseStyles } from '@portal/ui-kit/styles';
export { formStyles } from '@portal/ui-kit/styles';
export { FormNotice, JobSearchFormElement, LoadState } from './job-search-form-element.js';
export type { FormMessageKey, FormSetup, Restored, Validation } from './job-search-form-element.js';
