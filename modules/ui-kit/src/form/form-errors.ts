import {
  API_ERROR_CODES,
  ApiRequestError,
  formatMessage,
  type Locale,
  type Messages,
  type ValidationIssue,
} from '@portal/shared-contracts';
import { uiMessages } from '../i18n/kit.messages.js';
import { formatDateTime } from '../page/dates.js';

/**
 * A form's errors: issue path (as the contract's schema and the API's `details` name it, e.g.
 * `education.1.field`, `attachmentIds.2`) → error code (`education.field.required`). The empty
 * path is an error of the whole form. Codes, not texts, are kept, so a change of language re-words
 * them at once.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** The path of an error of the whole form (the API's `details` with an empty path). */
export const FORM_PATH = '';

/**
 * The id of the control an issue path names: `education.1.field` → `education-1-field`. Every
 * control of the kit gets these ids, so an issue from the browser's validation or the server's
 * finds its field without a table of paths; the whole form's errors go to `form`.
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

/** The issues of an API error that carries `details` (a 400 `validation-failed`, an upload refusal, a 409 with a code). */
export function issuesOf(error: unknown): readonly ValidationIssue[] {
  return error instanceof ApiRequestError && error.details ? error.details : [];
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

/**
 * A 503 `service-unavailable`: a maintenance break (the backend's operators/maintenance/). The
 * moment to try again, from its Retry-After, or undefined for any other failure.
 */
export function maintenanceRetryAt(error: unknown, now: number = Date.now()): Date | undefined {
  if (!(error instanceof ApiRequestError) || error.status !== 503 || error.code !== API_ERROR_CODES.serviceUnavailable) return undefined;
  return new Date(now + (error.retryAfter ?? 0) * 1000);
}

/** What a send refused by a maintenance break says: nothing sent, what was typed kept, and when to try again. */
export function maintenanceText(retryAt: Date, locale: Locale): string {
  return formatMessage(uiMessages[locale].sendMaintenance, { time: formatDateTime(retryAt, locale) });
}

/** A 404 `not-found`. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}

export interface ErrorTextOptions {
  /** A form's own words for some codes, in the person's language already (by code). */
  readonly overrides?: Readonly<Record<string, string>> | undefined;
  /** Values for the code's `{size}`, `{count}`, `{max}`… */
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

/**
 * What an error code says in the person's language, from the area's table of codes (the contract's
 * codes are the area's, so the words are too). An unknown code (a newer server) gets a plain "check
 * this item" rather than the code itself.
 */
export function errorText(messages: Messages<string>, code: string, locale: Locale, options: ErrorTextOptions = {}): string {
  const override = options.overrides?.[code];
  if (override !== undefined) return override;
  const template = (messages[locale] as Readonly<Record<string, string | undefined>>)[code];
  return template === undefined ? uiMessages[locale].unknownError : formatMessage(template, options.params);
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
 * The error shown at a field or group: its own path's, else the first of a path inside it
 * (`soughtWork.regions.2` shows at the regions' fieldset, `attachmentIds.2` at the file input).
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
