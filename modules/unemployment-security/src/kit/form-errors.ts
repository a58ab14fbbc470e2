import { API_ERROR_CODES, ApiRequestError, formatMessage, type Locale, type ValidationIssue } from '@portal/shared-contracts';
import { errorMessages, formMessages, type FormMessageKey } from './form.messages.js';

/**
 * A form's errors: issue path (as the contract's schema and the API's `details` name it, e.g.
 * `attachmentIds.2`) → error code (`attachments.unknown`). Codes, not texts, are kept, so a change
 * of language re-words them at once.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** The path of an error of the whole form (the API's `details` with an empty path). */
export const FORM_PATH = '';

/** The id of the control an issue path names: `attachmentIds.2` → `attachmentIds-2`; the whole form is `form`. */
export function fieldId(path: string): string {
  return path === FORM_PATH ? 'form' : path.replace(/\./g, '-');
}

/** Issues (valibot's through `validate`, or the API's `details`) as errors: the first per path. */
export function errorsFromIssues(issues: readonly ValidationIssue[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

/** The issues of an API error that carries `details` (a 400 `validation-failed`, an upload refusal, a 409 with a code). */
export function issuesOf(error: unknown): readonly ValidationIssue[] {
  return error instanceof ApiRequestError && error.details ? error.details : [];
}

/** The errors of a 400 `validation-failed` answer, or undefined for any other failure. */
export function errorsFromApiError(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ApiRequestError) || error.code !== API_ERROR_CODES.validationFailed || !error.details?.length) return undefined;
  return errorsFromIssues(error.details);
}

/** One of the form's own texts. */
export function formText(locale: Locale, key: FormMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(formMessages[locale][key], params);
}

/**
 * What an error code says in the person's language, its `{size}`/`{count}`/`{max}` filled from
 * `params`. An unknown code (a newer server) gets a plain "check this item" rather than the code.
 */
export function errorText(code: string, locale: Locale, params?: Readonly<Record<string, string | number>>): string {
  const messages: Readonly<Record<string, string>> = errorMessages[locale];
  const template = messages[code];
  return template === undefined ? formMessages[locale].unknownError : formatMessage(template, params);
}

/**
 * The errors in the order of the fields on the page (GOV.UK: the summary lists them in the order
 * the person meets them). A path not in `order` takes the place of its nearest listed parent
 * (`attachmentIds.2` → `attachmentIds`); one with none (the whole form's) comes first.
 */
export function orderedErrors(errors: FieldErrors, order: readonly string[]): { path: string; code: string }[] {
  const rank = (path: string): number => {
    for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
      const index = order.indexOf(parts.join('.'));
      if (index !== -1) return index;
    }
    return -1;
  };
  return Object.keys(errors)
    .map((path, position) => ({ path, position, rank: rank(path) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ path }) => ({ path, code: errors[path] ?? '' }));
}

/**
 * The error shown at a field: its own path's, else the first of a path inside it
 * (`attachmentIds.2` shows at the file input).
 */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]';

/**
 * The control an issue path names inside a form's render root: the element with its id, else the
 * nearest enclosing path's (`attachmentIds.3` → `attachmentIds`); `form` leads to the first control.
 */
export function findField(root: ParentNode, path: string): HTMLElement | null {
  const parts = path === FORM_PATH ? [] : path.split('.');
  for (let length = parts.length; length >= 0; length--) {
    const id = length === 0 ? 'form' : fieldId(parts.slice(0, length).join('.'));
    const element = root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!element) continue;
    if (element.matches(FOCUSABLE) && !element.matches('form, fieldset')) return element;
    const inner = element.querySelector<HTMLElement>(FOCUSABLE);
    if (inner) return inner;
  }
  return null;
}

/** Moves focus to the field of a path and brings its label into view; false if there is none. */
export function focusField(root: ParentNode, path: string): boolean {
  const field = findField(root, path);
  if (!field) return false;
  field.focus();
  field.closest('.field, fieldset')?.scrollIntoView?.({ block: 'nearest' });
  return true;
}
