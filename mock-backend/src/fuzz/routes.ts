// Every state-changing route of the app (POST, PUT, PATCH, DELETE) and what the fuzz suite sends it:
// the contract schema of its body, who may call it, its path parameters. The routes themselves are
// read from the Express router stack (routesOf), so a route added without a line here fails the suite.
import type { Express } from 'express';
import { ClientErrorReportSchema, DraftInputSchema } from '@portal/shared-contracts';
import { AccessibilityFeedbackSchema } from '@portal/shared-contracts/accessibility-feedback';
import { ResultSaveRequestSchema } from '@portal/shared-contracts/career-radar';
import {
  AssessmentRequestSchema,
  ChangeReportRequestSchema,
  EndRequestSchema,
  RegistrationRequestSchema,
} from '@portal/shared-contracts/job-search';
import { OfferReportSchema } from '@portal/shared-contracts/offers';
import { PlanAcceptSchema, TaskReportSchema } from '@portal/shared-contracts/plan';
import { JobApplicationReportSchema } from '@portal/shared-contracts/plan-obligation';
import { OfficePlanDecisionSchema, PlanProposalSchema } from '@portal/shared-contracts/plan-proposals';
import { ProfileChangeRequestSchema } from '@portal/shared-contracts/profile';
import { OfficeTrainingStateSchema, TrainingApplicationRequestSchema, TrainingWithdrawSchema } from '@portal/shared-contracts/training';
import {
  ApplicationSubmitSchema,
  OfficeGrantDecisionSchema,
  OfficePaymentUpdateSchema,
  OfficeSupplementRequestSchema,
  PaymentApplicationSchema,
  SupplementAnswerSchema,
} from '@portal/shared-contracts/startup-grant';
import { SessionLanguageSchema } from '@portal/shared-contracts/session-language';
import { TermsAcknowledgeRequestSchema, TermsVersionCreateSchema } from '@portal/shared-contracts/terms';
import { LegacyChangeSchema, RolloutChangeSchema } from '@portal/shared-contracts/registry-admin';
import { MaintenanceBreakInputSchema } from '@portal/shared-contracts/maintenance';
import { AnswerRequestSchema, OfficeRequestCreateSchema, OfficeRequestUpdateSchema } from '@portal/shared-contracts/unemployment-security';
import { asNode, type SchemaNode } from './schema-arbitrary.js';

/** Where a path parameter's valid values come from (the signed-in person's data, found at the start). */
export type ParamSource =
  | 'offer'
  | 'plan'
  | 'task'
  | 'request'
  | 'attachment'
  | 'upload'
  | 'area'
  | 'draft'
  | 'version'
  | 'file'
  /** A start-up grant's application, supplement request, period or payment (the fuzzed person has none). */
  | 'grant'
  | 'training-application'
  /** An accessibility feedback's reference (one of the fuzz run's own, or none). */
  | 'feedback'
  /** A maintenance break (none exists at the start). */
  | 'maintenance-break';

/** The flat fields of a form post, by name: what each field holds when the page sends it. */
export type FormField =
  | 'legacyCsrf'
  | 'uuid'
  | 'timestamp'
  | 'day'
  | 'offerKind'
  | 'outcome'
  | 'applicationMethod'
  | 'text'
  | 'plan'
  | 'oidc'
  | 'person'
  | 'idpAction';

export type BodySpec =
  | { readonly kind: 'none' }
  | { readonly kind: 'json'; readonly schema: SchemaNode }
  | { readonly kind: 'form'; readonly fields: Readonly<Record<string, FormField>> }
  | { readonly kind: 'multipart' }
  /** Any bytes, as a file's content (a module file's upload). */
  | { readonly kind: 'bytes' };

export interface RouteSpec {
  readonly body: BodySpec;
  /** A session cookie (the person's own routes), a bearer token of the office or the operators, or nothing. */
  readonly auth: 'session' | 'office' | 'admin' | 'open';
  /** Sends an Idempotency-Key header (the reports). */
  readonly idempotent?: boolean;
  readonly params?: Readonly<Record<string, ParamSource>>;
  /** JSON APIs answer every 4xx with the contracts' ApiError; pages answer with HTML. */
  readonly answers: 'api-error' | 'page';
}

const json = (schema: unknown): BodySpec => ({ kind: 'json', schema: asNode(schema) });
const NONE: BodySpec = { kind: 'none' };
const person = (body: BodySpec, extra: Partial<RouteSpec> = {}): RouteSpec => ({ body, auth: 'session', answers: 'api-error', ...extra });
const report = (schema: unknown, params?: Record<string, ParamSource>): RouteSpec =>
  person(json(schema), { idempotent: true, ...(params ? { params } : {}) });

/** The state-changing routes, keyed "METHOD /mount/path/:param" exactly as routesOf lists them. */
export const ROUTES: Readonly<Record<string, RouteSpec>> = {
  'POST /api/session/extend': person(NONE),
  'PUT /api/session/language': person(json(SessionLanguageSchema)),
  'POST /api/profile/changes': report(ProfileChangeRequestSchema),
  'PUT /api/drafts/:key': person(json(DraftInputSchema), { params: { key: 'draft' } }),
  'DELETE /api/drafts/:key': person(NONE, { params: { key: 'draft' } }),
  'POST /api/job-search/registration': report(RegistrationRequestSchema),
  'POST /api/job-search/assessment': report(AssessmentRequestSchema),
  'POST /api/job-search/changes': report(ChangeReportRequestSchema),
  'POST /api/job-search/end': report(EndRequestSchema),
  'POST /api/career-radar/results': report(ResultSaveRequestSchema),
  'POST /api/unemployment-security/requests/:id/attachments': person(
    { kind: 'multipart' },
    { idempotent: true, params: { id: 'request' } },
  ),
  'DELETE /api/unemployment-security/attachments/:id': person(NONE, { params: { id: 'attachment' } }),
  'DELETE /api/unemployment-security/uploads/:key': person(NONE, { params: { key: 'upload' } }),
  'POST /api/unemployment-security/requests/:id/answers': report(AnswerRequestSchema, { id: 'request' }),
  'POST /api/client-errors': { body: json(ClientErrorReportSchema), auth: 'open', answers: 'api-error' },
  'POST /api/accessibility-feedback': { body: json(AccessibilityFeedbackSchema), auth: 'open', answers: 'api-error' },
  'POST /api/terms/acknowledgements': person(json(TermsAcknowledgeRequestSchema)),
  'POST /admin-api/terms': { body: json(TermsVersionCreateSchema), auth: 'admin', answers: 'api-error' },
  'POST /api/offers/:id/reports': report(OfferReportSchema, { id: 'offer' }),
  'POST /api/plan/accept': report(PlanAcceptSchema),
  'POST /api/plan/tasks/:id/report': report(TaskReportSchema, { id: 'task' }),
  'POST /api/plan/job-applications': report(JobApplicationReportSchema),
  'POST /api/plan/proposals': report(PlanProposalSchema),
  'POST /api/training/applications': report(TrainingApplicationRequestSchema),
  'POST /api/training/applications/:id/withdraw': report(TrainingWithdrawSchema, { id: 'training-application' }),
  'POST /api/startup-grant/applications': report(ApplicationSubmitSchema),
  'POST /api/startup-grant/supplements/:id/answer': report(SupplementAnswerSchema, { id: 'grant' }),
  'POST /api/startup-grant/payments': report(PaymentApplicationSchema),
  'POST /api/startup-grant/attachments': person({ kind: 'multipart' }, { idempotent: true }),
  'DELETE /api/startup-grant/attachments/:id': person(NONE, { params: { id: 'attachment' } }),
  'POST /auth/logout': person({ kind: 'form', fields: {} }),
  // The operators' page: its sign-in (a wrong token is a 401 page), sign-out and rollback button.
  'POST /operators/sign-in': { body: { kind: 'form', fields: { token: 'text' } }, auth: 'open', answers: 'page' },
  'POST /operators/sign-out': { body: { kind: 'form', fields: {} }, auth: 'open', answers: 'page' },
  'POST /operators/areas/:area/rollback': { body: { kind: 'form', fields: {} }, auth: 'open', params: { area: 'area' }, answers: 'page' },
  'POST /idp/authorize': {
    body: { kind: 'form', fields: { action: 'idpAction', personId: 'person', ...oidcFields() } },
    auth: 'open',
    answers: 'page',
  },
  'POST /idp/token': {
    body: { kind: 'form', fields: { grant_type: 'oidc', code: 'uuid', code_verifier: 'text', client_id: 'oidc', redirect_uri: 'oidc' } },
    auth: 'open',
    // The token endpoint answers like OAuth 2.0 does ({"error": "invalid_grant"}), not with an ApiError.
    answers: 'page',
  },
  'POST /legacy/offers/:id': legacyForm(
    { csrf: 'legacyCsrf', key: 'uuid', basedOn: 'timestamp', kind: 'offerKind', reason: 'text', outcome: 'outcome' },
    { id: 'offer' },
  ),
  'POST /legacy/plan': legacyForm({ csrf: 'legacyCsrf', key: 'uuid', planId: 'plan', basedOn: 'timestamp' }),
  'POST /legacy/plan/tasks/:id': legacyForm({ csrf: 'legacyCsrf', key: 'uuid', text: 'text' }, { id: 'task' }),
  'POST /legacy/plan/job-search': legacyForm({
    csrf: 'legacyCsrf',
    key: 'uuid',
    employer: 'text',
    job: 'text',
    appliedOn: 'day',
    method: 'applicationMethod',
  }),
  'POST /legacy/plan/proposal': legacyForm({
    csrf: 'legacyCsrf',
    key: 'uuid',
    rows: 'text',
    action: 'text',
    goal: 'text',
    'task-1-description': 'text',
    'task-1-targetDate': 'day',
    'task-2-description': 'text',
    'task-2-targetDate': 'day',
    message: 'text',
  }),
  'POST /office-api/clarification-requests': { body: json(OfficeRequestCreateSchema), auth: 'office', answers: 'api-error' },
  'POST /office-api/plans/:id/decision': {
    body: json(OfficePlanDecisionSchema),
    auth: 'office',
    params: { id: 'plan' },
    answers: 'api-error',
  },
  'PATCH /office-api/training-applications/:id': {
    body: json(OfficeTrainingStateSchema),
    auth: 'office',
    params: { id: 'training-application' },
    answers: 'api-error',
  },
  'POST /office-api/startup-grant/applications/:id/processing': {
    body: NONE,
    auth: 'office',
    params: { id: 'grant' },
    answers: 'api-error',
  },
  'POST /office-api/startup-grant/applications/:id/supplement-requests': {
    body: json(OfficeSupplementRequestSchema),
    auth: 'office',
    params: { id: 'grant' },
    answers: 'api-error',
  },
  'POST /office-api/startup-grant/applications/:id/decision': {
    body: json(OfficeGrantDecisionSchema),
    auth: 'office',
    params: { id: 'grant' },
    answers: 'api-error',
  },
  'POST /office-api/startup-grant/payments/:id': {
    body: json(OfficePaymentUpdateSchema),
    auth: 'office',
    params: { id: 'grant' },
    answers: 'api-error',
  },
  'PATCH /office-api/clarification-requests/:id': {
    body: json(OfficeRequestUpdateSchema),
    auth: 'office',
    params: { id: 'request' },
    answers: 'api-error',
  },
  'POST /admin-api/modules/:area/versions': {
    // No contract schema: the body is exactly {"version": "<semver>"}, checked by hand in the router.
    body: json({
      kind: 'schema',
      type: 'object',
      entries: {
        version: {
          kind: 'schema',
          type: 'string',
          pipe: [{ kind: 'validation', type: 'regex', requirement: /^\d{1,2}\.\d{1,2}\.\d{1,2}$/ }],
        },
      },
    }),
    auth: 'admin',
    params: { area: 'area' },
    answers: 'api-error',
  },
  'POST /admin-api/modules/:area/rollback': { body: NONE, auth: 'admin', params: { area: 'area' }, answers: 'api-error' },
  'PUT /admin-api/modules/:area/versions/:version/files/*path': {
    body: { kind: 'bytes' },
    auth: 'admin',
    params: { area: 'area', version: 'version', path: 'file' },
    answers: 'api-error',
  },
  'DELETE /admin-api/modules/:area/versions/:version/files': {
    body: NONE,
    auth: 'admin',
    params: { area: 'area', version: 'version' },
    answers: 'api-error',
  },
  'PUT /admin-api/registry/:area/legacy': { body: json(LegacyChangeSchema), auth: 'admin', params: { area: 'area' }, answers: 'api-error' },
  'PUT /admin-api/registry/:area/rollout': {
    body: json(RolloutChangeSchema),
    auth: 'admin',
    params: { area: 'area' },
    answers: 'api-error',
  },
  'PUT /admin-api/accessibility-feedback/:reference/answered': {
    body: NONE,
    auth: 'admin',
    params: { reference: 'feedback' },
    answers: 'api-error',
  },
  'DELETE /admin-api/accessibility-feedback/:reference/answered': {
    body: NONE,
    auth: 'admin',
    params: { reference: 'feedback' },
    answers: 'api-error',
  },
  'POST /admin-api/registry/:area/undo': { body: NONE, auth: 'admin', params: { area: 'area' }, answers: 'api-error' },
  'POST /admin-api/maintenance': { body: json(MaintenanceBreakInputSchema), auth: 'admin', answers: 'api-error' },
  'PUT /admin-api/maintenance/:id': {
    body: json(MaintenanceBreakInputSchema),
    auth: 'admin',
    params: { id: 'maintenance-break' },
    answers: 'api-error',
  },
  'POST /admin-api/maintenance/:id/cancel': { body: NONE, auth: 'admin', params: { id: 'maintenance-break' }, answers: 'api-error' },
  'POST /admin-api/maintenance/:id/undo': { body: NONE, auth: 'admin', params: { id: 'maintenance-break' }, answers: 'api-error' },
};

/** The OIDC parameters the IdP's page carries through its form. */
function oidcFields(): Record<string, FormField> {
  return Object.fromEntries(
    ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method', 'ui_locales'].map(
      (name) => [name, 'oidc'],
    ),
  );
}

function legacyForm(fields: Record<string, FormField>, params?: Record<string, ParamSource>): RouteSpec {
  return { body: { kind: 'form', fields }, auth: 'session', answers: 'page', ...(params ? { params } : {}) };
}

const STATE_CHANGING = new Set(['post', 'put', 'patch', 'delete']);

/** What routesOf reads of Express's router: layers with a path, a route or a nested router. */
interface Layer {
  readonly rawPath?: unknown;
  readonly route?: { readonly path: unknown; readonly methods: Readonly<Record<string, boolean>> };
  readonly handle?: { readonly stack?: readonly Layer[] };
}

function walk(stack: readonly Layer[], prefixes: readonly string[]): string[] {
  const found: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter((method) => STATE_CHANGING.has(method));
      const paths = typeof layer.route.path === 'string' ? [layer.route.path] : [];
      if (methods.length > 0 && paths.length === 0) throw new Error(`A route whose path is not a string: ${String(layer.route.path)}`);
      for (const prefix of prefixes)
        for (const path of paths) for (const method of methods) found.push(`${method.toUpperCase()} ${prefix}${path}`);
      continue;
    }
    const nested = layer.handle?.stack;
    if (!nested) continue;
    const raw = layer.rawPath;
    const mounts = (Array.isArray(raw) ? raw : [raw])
      .filter((path): path is string => typeof path === 'string')
      .map((path) => (path === '/' ? '' : path));
    found.push(
      ...walk(
        nested,
        prefixes.flatMap((prefix) => mounts.map((mount) => `${prefix}${mount}`)),
      ),
    );
  }
  return found;
}

/** Every POST, PUT, PATCH and DELETE route of the app, as "METHOD /full/path/:param", in mount order. */
export function routesOf(app: Express): string[] {
  const router = (app as unknown as { readonly router: { readonly stack: readonly Layer[] } }).router;
  return [...new Set(walk(router.stack, ['']))];
}
