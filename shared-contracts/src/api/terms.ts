import * as v from 'valibot';
import { IsoDate, IsoTimestamp } from './primitives.js';
import { TERMS_VERSION_PATTERN } from './terms-words.js';

// A subpath of its own (`@portal/shared-contracts/terms`): the backend and the tests validate with
// these; the shell reads with the plain shapes of terms-words.ts, so its chunks carry no schema.

/**
 * The terms of use in versions (issue 21). The provider may change the terms, announcing a change
 * in the service before it takes effect: each version has the day it takes effect, a short summary
 * of what changes (the announcement's words) and its whole text in fi/sv/en. The version in effect
 * is the one with the latest day not after today (Helsinki); the later ones are upcoming.
 */
export { TERMS_PATHS, TERMS_ADMIN_PATH, TERMS_VERSION_PATTERN, TermsVersionShape, type TermsVersionInfo } from './terms-words.js';

export const TERMS_LIMITS = {
  summary: 600,
  heading: 200,
  paragraph: 4000,
  sections: 60,
  items: 100,
} as const;

// minLength, not nonEmpty: the fuzz suite reads lengths to make valid values (src/fuzz/schema-arbitrary.ts).
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'text.required'), v.maxLength(max, 'text.too-long'));

/**
 * Only the portal's own pages (`/privacy`, not `//elsewhere`) and https addresses: the text is the
 * provider's, but a link is still a link (no `javascript:`).
 */
const Href = v.pipe(v.string(), v.maxLength(500), v.regex(/^(\/|\/[^\s/]\S*|https:\/\/[^\s/]+(\/\S*)?)$/, 'href.invalid'));

export const TermsLinkSchema = v.object({ href: Href, text: text(TERMS_LIMITS.heading), newWindow: v.optional(v.boolean()) });

/** A bullet, optionally with notes under it (the terms attach conditions to some bullets). */
export const TermsListItemSchema = v.union([
  text(TERMS_LIMITS.paragraph),
  v.object({ text: text(TERMS_LIMITS.paragraph), notes: v.pipe(v.array(text(TERMS_LIMITS.paragraph)), v.maxLength(TERMS_LIMITS.items)) }),
]);

export const TermsSectionSchema = v.object({
  heading: text(TERMS_LIMITS.heading),
  paragraphs: v.optional(v.pipe(v.array(text(TERMS_LIMITS.paragraph)), v.maxLength(TERMS_LIMITS.items))),
  list: v.optional(v.pipe(v.array(TermsListItemSchema), v.maxLength(TERMS_LIMITS.items))),
  links: v.optional(v.pipe(v.array(TermsLinkSchema), v.maxLength(TERMS_LIMITS.items))),
});
export type TermsSection = v.InferOutput<typeof TermsSectionSchema>;

/** The whole text in one language: the same shape as the shell's other information pages. */
export const TermsTextSchema = v.object({
  lead: v.optional(text(TERMS_LIMITS.paragraph)),
  sections: v.pipe(v.array(TermsSectionSchema), v.minLength(1, 'sections.required'), v.maxLength(TERMS_LIMITS.sections)),
});
export type TermsText = v.InferOutput<typeof TermsTextSchema>;

const Version = v.pipe(v.string(), v.regex(TERMS_VERSION_PATTERN, 'version.invalid'));
const Summary = v.object({ fi: text(TERMS_LIMITS.summary), sv: text(TERMS_LIMITS.summary), en: text(TERMS_LIMITS.summary) });

/** POST /admin-api/terms (operators, bearer token): a new version, taking effect after today. */
export const TermsVersionCreateSchema = v.object({
  version: Version,
  effectiveFrom: IsoDate,
  summary: Summary,
  text: v.object({ fi: TermsTextSchema, sv: TermsTextSchema, en: TermsTextSchema }),
});
export type TermsVersionCreate = v.InferOutput<typeof TermsVersionCreateSchema>;

/** A version without its text: in the lists, the announcement and the acknowledgement status. */
export const TermsVersionSummarySchema = v.object({
  version: Version,
  effectiveFrom: IsoDate,
  /** The day before the next version takes effect; null while no later version is known. */
  effectiveUntil: v.nullable(IsoDate),
  summary: Summary,
});
export type TermsVersionSummary = v.InferOutput<typeof TermsVersionSummarySchema>;

/** GET /api/terms/versions/:version (anyone). */
export const TermsVersionSchema = v.object({
  ...TermsVersionSummarySchema.entries,
  status: v.picklist(['earlier', 'current', 'upcoming']),
  text: v.object({ fi: TermsTextSchema, sv: TermsTextSchema, en: TermsTextSchema }),
});
export type TermsVersion = v.InferOutput<typeof TermsVersionSchema>;

/** GET /api/terms (anyone): the version in effect, the upcoming ones (soonest first), the earlier ones (newest first). */
export const TermsListSchema = v.object({
  current: v.nullable(TermsVersionSummarySchema),
  upcoming: v.array(TermsVersionSummarySchema),
  earlier: v.array(TermsVersionSummarySchema),
});
export type TermsList = v.InferOutput<typeof TermsListSchema>;

/** GET /admin-api/terms (operators): every version, oldest first, with how many have acknowledged it. */
export interface TermsAdminListResponse {
  readonly items: readonly (TermsVersionSummary & { readonly acknowledgements: number })[];
}

/** POST /api/terms/acknowledgements (signed in): "I have read of this change". */
export const TermsAcknowledgeRequestSchema = v.object({ version: Version });
export type TermsAcknowledgeRequest = v.InferOutput<typeof TermsAcknowledgeRequestSchema>;

/** The record of one person's acknowledgement: 201 the first time, 200 with the same record after. */
export const TermsAcknowledgementSchema = v.object({ version: Version, acknowledgedAt: IsoTimestamp });
export type TermsAcknowledgement = v.InferOutput<typeof TermsAcknowledgementSchema>;

/**
 * GET /api/terms/acknowledgements (signed in): the version a person is asked to acknowledge (the
 * soonest upcoming one, else the current one) and when they did, null if not yet.
 */
export const TermsAcknowledgementStatusSchema = v.object({
  version: v.nullable(TermsVersionSummarySchema),
  acknowledgedAt: v.nullable(IsoTimestamp),
});
export type TermsAcknowledgementStatus = v.InferOutput<typeof TermsAcknowledgementStatusSchema>;
