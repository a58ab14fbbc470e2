import { emptyEducation, emptyWork, MAX_EDUCATION, MAX_OCCUPATIONS, MAX_WORK, type RegistrationValues } from './registration-model.js';
import type { MessageKey } from './job-search-registration-form.messages.js';

// The registration's three lists the person adds entries to and removes them from: educations,
// jobs and the occupations sought. They behave alike (focus to the new entry's first field, a
// polite "removed", errors kept with their entries), so one table says how each differs.

/** A list by its issue path (errors and field ids use it). */
export type ListName = 'education' | 'workHistory' | 'soughtWork.occupations';

/** The values a list's entries are kept under. */
type ListKey = 'education' | 'workHistory' | 'occupations';

/** An entry of one of the lists. */
export type Entry = RegistrationValues[ListKey][number];

export interface ListSpec {
  readonly key: ListKey;
  readonly max: number;
  /** Entries that cannot be removed: one occupation is always asked. */
  readonly min: number;
  readonly empty: () => Entry;
  /** The path of entry `i`'s first field: focus goes there. */
  readonly first: (i: number) => string;
  /** What is said politely once entry `{n}` is removed. */
  readonly removed: MessageKey;
}

export const LISTS: Readonly<Record<ListName, ListSpec>> = {
  education: {
    key: 'education',
    max: MAX_EDUCATION,
    min: 0,
    empty: emptyEducation,
    first: (i) => `education.${i}.level`,
    removed: 'educationRemoved',
  },
  workHistory: {
    key: 'workHistory',
    max: MAX_WORK,
    min: 0,
    empty: emptyWork,
    first: (i) => `workHistory.${i}.employer`,
    removed: 'workRemoved',
  },
  'soughtWork.occupations': {
    key: 'occupations',
    max: MAX_OCCUPATIONS,
    min: 1,
    empty: () => '',
    first: (i) => `soughtWork.occupations.${i}`,
    removed: 'occupationRemoved',
  },
};

/** `values` with list `list`'s entries replaced by `entries`. */
export function withEntries(values: RegistrationValues, list: ListName, entries: readonly Entry[]): RegistrationValues {
  // The table pairs each list with its own kind of entry; the type system cannot follow the pairing.
  return { ...values, [LISTS[list].key]: entries };
}
