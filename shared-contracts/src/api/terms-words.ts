// The terms of use's paths and the shapes the shell reads, without the API's schemas: the shell's
// notice and terms page (lazily loaded chunks) import only these. The full schemas' valibot
// functions would otherwise join the one valibot module every page downloads
// (`@portal/shared-contracts/terms-words`, as accessibility-feedback-words).
import * as v from 'valibot';

export const TERMS_PATHS = {
  /** GET: the current version, the upcoming one and the earlier ones (no text). */
  list: '/api/terms',
  /** GET: one version with its text in fi/sv/en. */
  version: (version: string) => `/api/terms/versions/${encodeURIComponent(version)}`,
  /** GET: 200 with the upcoming version when one is announced, 204 when none is. */
  announcement: '/api/terms/announcement',
  /** GET: whether the signed-in person has acknowledged the version to acknowledge; POST: acknowledge it. */
  acknowledgements: '/api/terms/acknowledgements',
} as const;

export const TERMS_ADMIN_PATH = '/admin-api/terms';

/** A version's name as the provider writes it: the day it takes effect, in Finnish style ("15.3.2023"). */
export const TERMS_VERSION_PATTERN = /^[0-9A-Za-z][0-9A-Za-z.-]{0,31}$/;

/** One version without its text, as the shell reads it: `object` and `string` only, which every page has. */
export const TermsVersionShape = v.object({
  version: v.string(),
  effectiveFrom: v.string(),
  summary: v.object({ fi: v.string(), sv: v.string(), en: v.string() }),
});
export type TermsVersionInfo = v.InferOutput<typeof TermsVersionShape>;

/** A bullet, or a bullet with notes under it. */
export type TermsListItemInfo = string | { text: string; notes: string[] };

// `custom`, not `union`: union is not in the valibot every page downloads, and would join it.
const isListItem = (item: unknown): item is TermsListItemInfo =>
  typeof item === 'string' ||
  (typeof item === 'object' &&
    item !== null &&
    typeof (item as { text?: unknown }).text === 'string' &&
    Array.isArray((item as { notes?: unknown }).notes) &&
    (item as { notes: unknown[] }).notes.every((note) => typeof note === 'string'));

/** A version's text in one language, as the shell's terms page lays it out (see TermsTextSchema for the rules). */
const TermsTextShape = v.object({
  lead: v.optional(v.string()),
  sections: v.array(
    v.object({
      heading: v.string(),
      paragraphs: v.optional(v.array(v.string())),
      list: v.optional(v.array(v.custom<TermsListItemInfo>(isListItem))),
      links: v.optional(v.array(v.object({ href: v.string(), text: v.string(), newWindow: v.optional(v.boolean()) }))),
    }),
  ),
});

/** GET /api/terms/versions/:version as the shell's terms page reads it. */
export const TermsPageShape = v.object({
  ...TermsVersionShape.entries,
  effectiveUntil: v.nullable(v.string()),
  status: v.string(),
  text: v.object({ fi: TermsTextShape, sv: TermsTextShape, en: TermsTextShape }),
});
export type TermsPage = v.InferOutput<typeof TermsPageShape>;

/** GET /api/terms as the shell's terms page reads it. */
const Listed = v.object({ ...TermsVersionShape.entries, effectiveUntil: v.nullable(v.string()) });
export const TermsListShape = v.object({ current: v.nullable(Listed), upcoming: v.array(Listed), earlier: v.array(Listed) });
export type TermsListInfo = v.InferOutput<typeof TermsListShape>;

/** POST /api/terms/acknowledgements's answer as the shell's notice reads it. */
export const TermsAcknowledgedShape = v.object({ version: v.string(), acknowledgedAt: v.string() });

/** GET /api/terms/acknowledgements as the signed-in shell reads it. */
export const TermsAcknowledgementStatusShape = v.object({ version: v.nullable(TermsVersionShape), acknowledgedAt: v.nullable(v.string()) });
export type TermsAcknowledgementStatusInfo = v.InferOutput<typeof TermsAcknowledgementStatusShape>;
