import * as v from 'valibot';

/**
 * Server-side drafts: what a person has typed into a form, kept for them (not in the browser, so
 * it survives a timeout, a sign-in again and another device, and is gone from the browser after
 * sign-out). Keys are `<area>.<form>`, e.g. `profile.change`.
 */
export const DraftKeySchema = v.pipe(
  v.string(),
  v.maxLength(100),
  v.regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, 'must look like "<area>.<form>"'),
);

/** At most this many bytes of JSON per draft: a form, not a file store. */
export const DRAFT_MAX_BYTES = 64 * 1024;

/** PUT /api/drafts/:key body. `data` is the form's own shape; the area validates it on restore. */
export const DraftInputSchema = v.object({
  // A form's fields by name: a plain object. (A valibot record would turn an array into one.)
  data: v.custom<Record<string, unknown>>(
    (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
    'must be an object of fields',
  ),
});

/** GET and PUT /api/drafts/:key answer. A GET with no draft under the key answers 204 No Content (not a 404: none is no error). */
export const DraftSchema = v.object({
  key: DraftKeySchema,
  data: v.record(v.string(), v.unknown()),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
});
export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftInput = v.InferOutput<typeof DraftInputSchema>;
