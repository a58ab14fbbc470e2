// The certificate of valid job seeking, and the payer's side: the notices made for a benefit payer.
import * as v from 'valibot';
import { IsoDate, IsoTimestamp } from './fields.js';
import { HandlerSchema, JobSeekerStatusSchema } from './reference.js';
import { CHANGE_KINDS } from './state.js';

/** GET /api/job-search/certificate: a certificate of valid job seeking (404 `not-found` when not valid). */
export const CertificateSchema = v.object({
  fullName: v.string(),
  henkilotunnus: v.nullable(v.string()),
  birthDate: v.nullable(IsoDate),
  startDate: IsoDate,
  status: JobSeekerStatusSchema,
  handler: v.nullable(HandlerSchema),
  issuedAt: IsoTimestamp,
  /** A code a payer or employer can quote when asking the office to confirm the certificate. */
  reference: v.pipe(v.string(), v.regex(/^[A-Z0-9-]{8,20}$/)),
});
export type Certificate = v.InferOutput<typeof CertificateSchema>;

/**
 * GET /payer-api/notices (payer-facing, `Authorization: Bearer <payer token>`): the outbox of
 * notices made for that payer, oldest first from `after` (a notice id cursor).
 */
export const PayerNoticeSchema = v.object({
  id: v.string(),
  createdAt: IsoTimestamp,
  payerId: v.string(),
  /** The payer identifies its customer by the henkilötunnus (null for an eIDAS user). */
  henkilotunnus: v.nullable(v.string()),
  fullName: v.string(),
  event: v.picklist(['registration', ...CHANGE_KINDS, 'end']),
  startDate: IsoDate,
  endDate: v.nullable(IsoDate),
  /** The report's details as the payer needs them (employer, hours, country, reason…). */
  details: v.record(v.string(), v.union([v.string(), v.number(), v.boolean()])),
});
export type PayerNotice = v.InferOutput<typeof PayerNoticeSchema>;
export const PayerNoticesResponseSchema = v.object({ items: v.array(PayerNoticeSchema) });
export type PayerNoticesResponse = v.InferOutput<typeof PayerNoticesResponseSchema>;
