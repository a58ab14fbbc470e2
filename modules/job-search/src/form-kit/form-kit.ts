/**
 * The form kit of the job-search area: what every form of the area (registration, service-need
 * assessment, reports of changes, ending) shares, written once.
 *
 * How a form uses it (see `job-search-registration-form` for a whole example):
 *
 * - Styles: `static styles = [baseStyles, formStyles, styles]`.
 * - Steps: `flow = new FormFlowController(this, { title: (step) => … })`; `flow.goTo('check')`
 *   shows a step, announces its title to the shell and moves focus (h1, `'summary'`, a field).
 *   Call `flow.announce()` when the language changes.
 * - Validation: validate with the contract's request schema (`validate` from the contracts) and
 *   keep `errorsFromIssues(result.issues)`; a 400 from the server gives the same shape through
 *   `errorsFromApiError(error)`. Errors are codes by issue path; controls get
 *   `error: errorText(code, locale)`.
 * - Controls: `textField`, `textArea`, `selectField`, `radioGroup`, `checkboxGroup`, `checkbox`:
 *   each has the id `fieldId(path)` (`education.1.field` → `education-1-field`), its hint and
 *   error with `aria-describedby`, and `aria-invalid`. So an issue path finds its field.
 * - `errorSummary({ errors, order, locale, root: this.renderRoot })` at the top of the step; its
 *   links focus the fields (`focusField`, which also finds a group's first control).
 * - Check your answers: `summaryList(rows, locale)`; receipt: `receiptPanel(…)`.
 * - Sending: `new IdempotentPost(url, ReceiptSchema).send(request)`; a retry sends the same key.
 *   `isConflict(error)` → fetch the newest state, keep what was typed, say so.
 * - Drafts: `DraftController` from the contracts, with `draftString`/`draftStrings`/`draftRecords`
 *   to read a restored draft defensively.
 * - Announcements: `PoliteAnnouncer` + `politeRegion(announcer)` (character counts, add/remove).
 * - Links inside the portal: `@click=${followInternalLink}` on a real `<a href>`.
 * - After a success, dispatch `JobSearchChangedEvent` (src/events.ts) with the new state.
 */
export { addDays, daysBetween, formatDateTime, helsinkiToday } from './dates.js';
export {
  errorsFromApiError,
  errorsFromIssues,
  errorText,
  fieldId,
  findField,
  focusField,
  FORM_PATH,
  groupError,
  isConflict,
  isNotFound,
  kitText,
  orderedErrors,
} from './errors.js';
export type { FieldErrors } from './errors.js';
export {
  characterCountText,
  checkbox,
  checkboxGroup,
  describedBy,
  errorSummary,
  fieldError,
  hintText,
  legend,
  monthYearField,
  notice,
  radioGroup,
  receiptPanel,
  selectField,
  summaryList,
  textArea,
  textField,
} from './controls.js';
export type {
  CheckboxGroupOptions,
  CheckboxOptions,
  ChoiceGroupOptions,
  ControlBase,
  ErrorSummaryOptions,
  MonthYearOptions,
  Option,
  RadioGroupOptions,
  SelectOptions,
  SummaryRow,
  TextAreaOptions,
  TextFieldOptions,
} from './controls.js';
export { FormFlowController, FormStep, PoliteAnnouncer } from './flow.js';
export type { FocusTarget, FormFlowHost, FormFlowOptions } from './flow.js';
export { politeRegion } from './polite-region.js';
export { IdempotentPost } from './idempotent-post.js';
export { followInternalLink } from './navigation.js';
export { draftBoolean, draftRecords, draftString, draftStrings } from './draft-shape.js';
export { errorMessages, kitMessages } from './form-kit.messages.js';
export type { KitMessageKey } from './form-kit.messages.js';
export { baseStyles, formStyles } from './form-kit.styles.js';
