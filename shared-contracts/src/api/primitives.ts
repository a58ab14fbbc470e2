import * as v from 'valibot';
import { CalendarDate } from './calendar-date.js';

// The plain values the area contracts' DTOs are made of, so each contract names them the same way.

/** A calendar day, `YYYY-MM-DD`, that exists (see calendar-date.ts). */
export const IsoDate = CalendarDate;
/** An instant with its offset, as the backend writes them (`toISOString()`). */
export const IsoTimestamp = v.pipe(v.string(), v.isoTimestamp());
/** A row's id. */
export const Id = v.pipe(v.string(), v.uuid());

/** The codes of an area's error table (`{ textRequired: 'text.required', … }`) as a union. */
export type ErrorCodeOf<Table> = Table[keyof Table];
