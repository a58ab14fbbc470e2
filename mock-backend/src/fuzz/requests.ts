// One fuzz request for one route: a path with its parameters, who sends it, the headers, and a body
// that is valid by the route's contract schema or (mostly) malformed. Requests print readably, so a
// shrunk counterexample says what was sent.
import fc from 'fast-check';
import { JOB_OFFER_OUTCOMES } from '@portal/shared-contracts/offers';
import { APPLICATION_METHODS } from '@portal/shared-contracts/plan-obligation';
import { malformed } from './mutations.js';
import type { FormField, ParamSource, RouteSpec } from './routes.js';
import { arbitraryOf } from './schema-arbitrary.js';
import { SESSION_COOKIE_NAME } from '../platform/config.js';
import { encodedBody, forgedCookies, idempotencyKeys, multipartBody, pathParameter, queryStrings, type EncodedBody } from './transport.js';

/** What the suite found out at the start, for valid values: the person's ids, a page's form token… */
export interface FuzzContext {
  readonly ids: Readonly<Record<ParamSource, readonly string[]>>;
  /** The legacy pages' synchronizer token of the signed-in session. */
  readonly legacyCsrf: readonly string[];
  /** The parameters of an authorization request the portal started (for the IdP's form). */
  readonly oidc: Readonly<Record<string, string>>;
  readonly personIds: readonly string[];
  readonly tokens: { readonly office: string; readonly admin: string };
}

/**
 * The signed-in person with the site's own headers, nobody, the person's cookie from another site,
 * or someone with a session cookie they made up (in the request's own Cookie header).
 */
export type Who = 'person' | 'anonymous' | 'cross-site' | 'forged-cookie';

export interface FuzzRequest {
  readonly route: string;
  readonly method: string;
  /** Path and query, already percent-encoded (or deliberately not quite). */
  readonly path: string;
  readonly who: Who;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | undefined;
  /** What was done to the body in transport. */
  readonly note: string;
}

const PREVIEW = 300;

/** A string cut for a report, with its length when cut and control characters made visible. */
export function preview(text: string): string {
  const shown = JSON.stringify(text.length > PREVIEW ? text.slice(0, PREVIEW) : text);
  return text.length > PREVIEW ? `${shown}… (${text.length} characters)` : shown;
}

/** The request as a reader wants it in a counterexample: no 100 KB bodies in full. */
export function describeRequest(request: FuzzRequest): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `    ${name}: ${preview(value)}`);
  const body =
    request.body === undefined ? '(none)' : `${preview(request.body.toString('utf8'))} [${request.body.length} bytes, ${request.note}]`;
  return [`${request.method} ${preview(request.path)} as ${request.who}`, '  headers:', ...headers, `  body: ${body}`].join('\n');
}

const timestamps = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

function oneOfKnown(known: readonly string[]): fc.Arbitrary<string> {
  return known.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, fc.uuid()) : fc.uuid();
}

function formFieldValue(name: string, field: FormField, ctx: FuzzContext): fc.Arbitrary<string> {
  switch (field) {
    case 'legacyCsrf':
      return fc.oneof({ weight: 4, arbitrary: ctx.legacyCsrf.length > 0 ? fc.constantFrom(...ctx.legacyCsrf) : fc.string() }, fc.string());
    case 'uuid':
      return fc.uuid();
    case 'timestamp':
      return timestamps;
    case 'day':
      // Real days around now, and shapes a date input never sends (31.2., no padding, nonsense).
      return fc.oneof(
        { weight: 3, arbitrary: timestamps.map((instant) => instant.slice(0, 10)) },
        fc.constantFrom('2026-02-31', '2026-1-5', '', 'yesterday'),
      );
    case 'applicationMethod':
      return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...APPLICATION_METHODS) }, fc.string({ maxLength: 12 }));
    case 'offerKind':
      return fc.constantFrom('applied', 'not-applied', 'outcome');
    case 'outcome':
      return fc.constantFrom(...JOB_OFFER_OUTCOMES);
    case 'text':
      return fc.string({ maxLength: 60 });
    case 'plan':
      return oneOfKnown(ctx.ids.plan);
    case 'oidc':
      return fc.oneof({ weight: 4, arbitrary: fc.constant(ctx.oidc[name] ?? '') }, fc.string({ maxLength: 30 }));
    case 'person':
      return oneOfKnown(ctx.personIds);
    case 'idpAction':
      return fc.constantFrom('select', 'continue', 'cancel', '');
  }
}

/** A form's fields as a browser sends them; a field the mutation made an object or array is sent as JSON. */
function formText(fields: unknown): string {
  if (typeof fields !== 'object' || fields === null) return typeof fields === 'string' ? fields : JSON.stringify(fields ?? '');
  const pairs = Object.entries(fields).map(([name, value]) => [name, typeof value === 'string' ? value : (JSON.stringify(value) ?? '')]);
  return new URLSearchParams(pairs).toString();
}

/** Mostly malformed: a valid body reaches the services' rules, a malformed one the refusals. */
function validOrMalformed(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 1, arbitrary: valid }, { weight: 3, arbitrary: malformed(valid) });
}

function bodyOf(spec: RouteSpec, ctx: FuzzContext): fc.Arbitrary<EncodedBody> {
  const body = spec.body;
  switch (body.kind) {
    case 'none':
      // No body is expected; one may come all the same.
      return fc.oneof(
        { weight: 4, arbitrary: fc.constant<EncodedBody>({ bytes: undefined, headers: {}, note: 'no body' }) },
        encodedBody(
          fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
          'json',
        ),
      );
    case 'json':
      return encodedBody(
        validOrMalformed(arbitraryOf(body.schema)).map((value) => JSON.stringify(value) ?? ''),
        'json',
      );
    case 'form': {
      const model = Object.fromEntries(Object.entries(body.fields).map(([name, field]) => [name, formFieldValue(name, field, ctx)]));
      return encodedBody(validOrMalformed(fc.record(model)).map(formText), 'form');
    }
    case 'multipart':
      return multipartBody;
    case 'bytes':
      // Whatever a file holds (text, JSON or not), sent in every way a body can be sent or broken.
      return encodedBody(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
        ),
        'json',
      );
  }
}

function authorization(spec: RouteSpec, ctx: FuzzContext): fc.Arbitrary<string | undefined> {
  if (spec.auth !== 'office' && spec.auth !== 'admin') return fc.constant(undefined);
  const token = ctx.tokens[spec.auth];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${token}`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        'Bearer',
        'Bearer wrong-token',
        `bearer ${token}`,
        `Basic ${token}`,
        `Bearer ${'t'.repeat(5_000)}`,
        `Bearer ${token} extra`,
      ),
    },
  );
}

const whoArbitrary: fc.Arbitrary<Who> = fc.oneof(
  { weight: 8, arbitrary: fc.constant<Who>('person') },
  { weight: 1, arbitrary: fc.constant<Who>('anonymous') },
  { weight: 1, arbitrary: fc.constant<Who>('cross-site') },
  { weight: 1, arbitrary: fc.constant<Who>('forged-cookie') },
);

const accepts = fc.constantFrom(undefined, undefined, undefined, 'text/html', 'application/json', 'image/png', '*/*;q=0');

/** Requests for the route `key` ("METHOD /path/:param") by its spec. */
export function requestArbitrary(key: string, spec: RouteSpec, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const [method = 'POST', template = '/'] = key.split(' ');
  const params = fc.record(
    Object.fromEntries(Object.entries(spec.params ?? {}).map(([name, source]) => [name, pathParameter(ctx.ids[source])])),
  );
  const idempotency = spec.idempotent ? idempotencyKeys : fc.constant(undefined);
  return fc
    .record({
      params,
      query: queryStrings,
      who: whoArbitrary,
      body: bodyOf(spec, ctx),
      key: idempotency,
      auth: authorization(spec, ctx),
      accept: accepts,
      forged: forgedCookies(SESSION_COOKIE_NAME),
    })
    .map(({ params: values, query, who, body, key: idempotencyKey, auth, accept, forged }) => {
      // `:name` a parameter, `*name` a wildcard (a file's path, which may have several segments).
      const path = template.replace(/[:*]([a-z]+)/gi, (_match, name: string) => values[name] ?? name) + query;
      const headers: Record<string, string> = { ...body.headers };
      if (idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
      if (auth !== undefined) headers['authorization'] = auth;
      if (accept !== undefined) headers['accept'] = accept;
      if (who === 'forged-cookie') headers['cookie'] = forged;
      const request: FuzzRequest = { route: key, method, path, who, headers, body: body.bytes, note: body.note };
      // How fast-check prints it in a counterexample.
      return Object.assign(request, { [fc.toStringMethod]: () => describeRequest(request) });
    });
}
