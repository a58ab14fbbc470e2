// @portal/ui-kit/form: what every form of an area is made of (GOV.UK's patterns: one question
// area, an error summary, check your answers, a receipt), and the sending that loses nothing.
export { multiline, receiptPanel, summaryList } from './check-answers.js';
export type { SummaryRow } from './check-answers.js';
export { errorSummary } from './error-summary.js';
export type { ErrorSummaryOptions } from './error-summary.js';
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
  dateField,
  NOT_A_DAY,
} from './form-controls.js';
export type {
  CheckboxGroupOptions,
  CheckboxOptions,
  ChoiceGroupOptions,
  ControlBase,
  DateFieldOptions,
  MonthYearOptions,
  Option,
  RadioGroupOptions,
  SelectOptions,
  TextAreaOptions,
  TextFieldOptions,
} from './form-controls.js';
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
  issuesOf,
  orderedErrors,
} from './form-errors.js';
export type { ErrorTextOptions, FieldErrors } from './form-errors.js';
export { FormFlowController, FormStep, PoliteAnnouncer, politeRegion } from './form-flow.js';
export type { FocusTarget, FormFlowHost, FormFlowOptions } from './form-flow.js';
export { IdempotentPost } from './idempotent-post.js';
export { uploadFile } from './file-upload.js';
export type { FileUpload, FileUploadOptions, FileUploadOutcome } from './file-upload.js';
export { AreaFormElement, FormNotice } from './area-form-element.js';
export type { AreaFormSetup, FormMessageKey, Receipt, ReceiptOf, Restored, RestoreDraft, Validation } from './area-form-element.js';
export { fold, matchesQuery, picker, PickerState } from '../picker/picker.js';
export type { PickerOptions } from '../picker/picker.js';
