import type { nothing, TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import type { ReferenceData } from '@portal/shared-contracts/job-search';
import type { PickerState } from '@portal/ui-kit/form';
import type { AreaMessageKey } from '../../area.js';
import type { MessageKey } from '../job-search-registration-form.messages.js';
import type { ListName } from '../registration-lists.js';
import type { EducationValues, RegistrationValues, WorkValues } from '../registration-model.js';

/**
 * What the registration form's sections are drawn with: the form's words, each field's path, error
 * and language, and the ways to change the values. The form element gives it to each section
 * (`sections/*.ts`), so a section is a plain function of the values.
 */
export interface RegistrationUi {
  readonly language: Locale;
  readonly values: RegistrationValues;
  readonly reference: ReferenceData;
  /** What the searchable pickers remember between renders (the typed text, the open list). */
  readonly pickers: { readonly municipalities: PickerState; readonly countries: PickerState };
  t(key: MessageKey | AreaMessageKey, params?: Record<string, string | number>): string;
  date(value: string): string;
  /** What a control at `path` is given: the path, its error in words, the language. */
  field(path: string): { readonly path: string; readonly error: string | undefined; readonly locale: Locale };
  error(path: string): string | undefined;
  /** A group's error, including one the server gave for a single choice of it. */
  groupError(path: string): string | undefined;
  set<K extends keyof RegistrationValues>(key: K, value: RegistrationValues[K]): void;
  setEducation(index: number, patch: Partial<EducationValues>): void;
  setWork(index: number, patch: Partial<WorkValues>): void;
  setOccupation(index: number, value: string): void;
  countedInput(maxLength: number, keep: (value: string) => void): (value: string) => void;
  /** The list's "Add" button (`label`), or `atMax` once the list is full. */
  addButton(list: ListName, label: MessageKey, atMax?: TemplateResult): TemplateResult | typeof nothing;
  removeButton(list: ListName, index: number, label: MessageKey): TemplateResult;
}
