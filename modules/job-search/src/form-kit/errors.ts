import { API_ERROR_CODES, ApiRequestError, formatMessage, type Locale, type ValidationIssue } from '@portal/shared-contracts';
import { errorMessages, kitMessages, type KitMessageKey } from './form-kit.messages.js';

/**
 * A form's errors: issue path (as the contract's schema and the API's `details` name it, e.g.
 * `education.1.field`) → error code (`education.field.required`). The empty path is an error of
 * the whole form. Codes, not texts, are kept, so a language change re-renders them at once.
 */
export type FieldErrors = Readonly<Record<string, string>>;

export const FORM_PATH = '';

/**
 * The id of the control an issue path names: `education.1.field` → `education-1-field`. Every
 * form of the kit gives its controls these ids, so an issue from the browser's validation or the
 * server's finds its field without a table of paths; the whole form's errors go to `form`.
 */
export function fieldId(path: string): string {
  return path === FORM_PATH ? 'form' : path.replace(/\./g, '-');
}

/** Issues (valibot's, through `validate`, or the API's `details`) as errors: the first per path. */
export function errorsFromIssues(issues: readonly ValidationIssue[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.path] ??= issue.message;
  return errors;
}

/** The errors of a 400 `validation-failed` answer, or undefined for any other failure. */
export function errorsFromApiError(error: unknown): FieldErrors | undefined {
  if (!(error instanceof ApiRequestError) || error.code !== API_ERROR_CODES.validationFailed || !error.details?.length) return undefined;
  return errorsFromIssues(error.details);
}

/** A 409: the data changed on the server since the form was based on it. */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 409 || error.code === API_ERROR_CODES.conflict);
}

/** A 404 `not-found`. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}

/**
 * What an error code says in the person's language. A form may word a code for its own context
 * (`overrides`, by code); an unknown code (a newer server) gets a plain "check this item" rather
 * than the code itself.
 */
export function errorText(code: string, locale: Locale, overrides?: Readonly<Record<string, string>>): string {
  const override = overrides?.[code];
  if (override !== undefined) return override;
  const messages: Readonly<Record<string, string>> = errorMessages[locale];
  return messages[code] ?? kitMessages[locale].unknownError;
}

/** One of the kit's own texts. */
export function kitText(locale: Locale, key: KitMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(kitMessages[locale][key], params);
}

/**
 * The errors in the order of the fields on the page (GOV.UK: the summary lists them in the order
 * the person meets them); `order` is that order of paths. A path not in it takes the place of its
 * nearest listed parent (`soughtWork.regions.2` → `soughtWork.regions`, a detail only the server
 * gives); one with none (the whole form's) comes first, as it concerns more than one field.
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
 * The error of a group: its own path's, else the first of a path inside it (`soughtWork.regions.2`
 * shows at the regions' fieldset). For groups whose items have no error text of their own.
 */
export function groupError(errors: FieldErrors, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex]';

/**
 * The control an issue path names, inside a form's render root: the element with its id; else,
 * when that id is a group (a fieldset of entries), the group's first control; else the nearest
 * enclosing path's (`education.3` → `education`). So a path only the server gives (`education`,
 * "too many") still leads somewhere sensible. `form` leads to the first control of the form.
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

/** Moves focus to the field of a path and brings it into view; false if there is none. */
export function focusField(root: ParentNode, path: string): boolean {
  const field = findField(root, path);
  if (!field) return false;
  field.focus();
  // The label sits above the field: scroll so that it shows too (GOV.UK's error summary does so).
  field.closest('.field, fieldset')?.scrollIntoView?.({ block: 'nearest' });
  return true;
}
