// Columns and constraints that many tables spell the same way, written once. Each helper yields
// exactly the SQL the tables had before (the migrations in ../../../drizzle are the database's
// truth; `npm run db:generate -w mock-backend` must find nothing to change).
import { customType, date, index, text, timestamp, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** Every point in time is stored with its zone and read as a Date. */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** When the row was made; the default also filled the rows that were there before the column. */
export const createdAt = () => timestamptz('created_at').notNull().defaultNow();

/** A calendar day, read and written as `YYYY-MM-DD` (days are Helsinki days, never instants). */
export const day = (name: string) => date(name, { mode: 'string' });

/** Binary column: Buffer in (both drivers take it), Uint8Array out (PGlite's; node-postgres's Buffer is one). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
});

/** A row's own id: a random uuid the database draws. */
export const randomId = () => uuid('id').primaryKey().defaultRandom();

/** The row this one belongs to: required, and the row goes when its owner goes. */
export const ownedBy = (name: string, owner: () => AnyPgColumn) => uuid(name).notNull().references(owner, { onDelete: 'cascade' });

/** The client's Idempotency-Key of what a person sent. */
export const idempotencyKey = () => text('idempotency_key').notNull();

/**
 * An Idempotency-Key is unique per person, so a retry or a double click (even two at the same
 * moment on two instances) can never make a second record.
 */
export const uniqueKeyPerPerson = (table: string, t: { readonly personId: AnyPgColumn; readonly idempotencyKey: AnyPgColumn }) =>
  unique(`${table}_person_idempotency_key`).on(t.personId, t.idempotencyKey);

/** What expires is pruned by its expiry (src/storage/prune.ts), so the expiry is indexed. */
export const expiryIndex = (table: string, t: { readonly expiresAt: AnyPgColumn }) => index(`${table}_expires_at_idx`).on(t.expiresAt);

const notNullText = (name: string) => text(name).notNull();
type Languages = 'Fi' | 'Sv' | 'En';

/**
 * A text in the portal's three languages as three required columns: `nameFi`, `nameSv`, `nameEn`
 * (`name_fi`, …) for `inLanguages('name')`. Reference data keeps its words in columns, so each
 * language is a plain, checkable value.
 */
export function inLanguages<P extends string>(prefix: P): Record<`${P}${Languages}`, ReturnType<typeof notNullText>> {
  const column = (language: Languages) => [`${prefix}${language}`, notNullText(`${prefix}_${language.toLowerCase()}`)] as const;
  // Object.fromEntries cannot type template-literal keys; the three entries are exactly the declared ones.
  return Object.fromEntries([column('Fi'), column('Sv'), column('En')]) as Record<`${P}${Languages}`, ReturnType<typeof notNullText>>;
}
