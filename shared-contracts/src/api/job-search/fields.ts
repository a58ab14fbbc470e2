// Field schemas the files of this folder share. Not re-exported by ../job-search.ts: they are
// building blocks of the DTOs, not part of the contract.
import * as v from 'valibot';
import { calendarDate } from '../calendar-date.js';
import { JOB_SEARCH_ERRORS as E } from './errors.js';

export const IsoDate = calendarDate(E.dateInvalid);
export const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp());

export const text = (max: number, required: string, tooLong: string = required) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, required), v.maxLength(max, tooLong));
export const optionalText = (max: number, tooLong: string) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, tooLong)));
