// The fuzz suite's own parts: the schema mapping makes values the contracts accept (else the suite
// would only ever test the first refusal), mutations keep the valid value as it was, the oracle
// catches what it is there to catch, and a counterexample stays readable however big the body.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { validate } from '@portal/shared-contracts';
import { mutate } from './mutations.js';
import { problemsOf } from './oracle.js';
import { describeRequest } from './requests.js';
import { ROUTES, type RouteSpec } from './routes.js';
import { arbitraryOf } from './schema-arbitrary.js';

/** Cross-field checks (an end after its start, a payer for a benefit) are not read: some values miss them. */
const VALID_AT_LEAST = 0.1;

const API: RouteSpec = ROUTES['POST /api/client-errors']!;

describe('fuzz tools', () => {
  test('the values made from each contract schema mostly pass that schema', () => {
    for (const [key, spec] of Object.entries(ROUTES)) {
      // The module publishing body has no contract schema, only the fuzz suite's description of it.
      if (spec.body.kind !== 'json' || key.includes('/modules/')) continue;
      const schema = spec.body.schema as Parameters<typeof validate>[0];
      const values = fc.sample(arbitraryOf(spec.body.schema), { seed: 1, numRuns: 200 });
      const valid = values.filter((value) => validate(schema, value).ok).length / values.length;
      assert.ok(valid >= VALID_AT_LEAST, `${key}: ${valid} of the values are valid`);
    }
  });

  test('a mutation changes a copy at its path and leaves the valid value alone', () => {
    const valid = { a: { b: 1, c: [1, 2] } };
    assert.deepEqual(mutate(valid, ['a', 'c', '0'], { kind: 'drop' }), { a: { b: 1, c: [2] } });
    assert.deepEqual(mutate(valid, ['a', 'b'], { kind: 'replace', value: '\u0000' }), { a: { b: '\u0000', c: [1, 2] } });
    assert.deepEqual(mutate(valid, [], { kind: 'stringify-numbers' }), { a: { b: '1', c: ['1', '2'] } });
    assert.equal(
      JSON.stringify(mutate(valid, ['a'], { kind: 'add', name: '__proto__', value: 1 })),
      '{"a":{"b":1,"c":[1,2],"__proto__":1}}',
    );
    assert.deepEqual(valid, { a: { b: 1, c: [1, 2] } });
  });

  test('the oracle refuses a 5xx, a 4xx that is not an ApiError, a stack trace, SQL and a NUL', () => {
    const apiError = JSON.stringify({ error: { code: 'bad-request', message: 'No.' } });
    const json = 'application/json; charset=utf-8';
    assert.deepEqual(problemsOf(API, { status: 400, contentType: json, body: apiError }), []);
    assert.deepEqual(problemsOf(API, { status: 204, contentType: '', body: '' }), []);
    assert.match(problemsOf(API, { status: 500, contentType: json, body: apiError }).join(), /status 500/);
    assert.match(problemsOf(API, { status: 400, contentType: 'text/html', body: '<p>' }).join(), /not JSON/);
    assert.match(problemsOf(API, { status: 404, contentType: json, body: '{"message":"x"}' }).join(), /not an ApiError/);
    assert.match(
      problemsOf(API, { status: 400, contentType: json, body: 'Error\n    at handler (/srv/src/app.ts:12:3)' }).join(),
      /stack trace/,
    );
    assert.match(problemsOf(API, { status: 200, contentType: json, body: 'Failed query: select "id" from "persons"' }).join(), /SQL/);
    assert.match(problemsOf(API, { status: 200, contentType: json, body: 'a\u0000b' }).join(), /NUL/);
    const page: RouteSpec = { ...API, answers: 'page' };
    assert.deepEqual(problemsOf(page, { status: 400, contentType: 'text/html', body: '<p>Virhe</p>' }), []);
  });

  test('a counterexample shows the route, the headers and the body, cut to a readable length', () => {
    const text = describeRequest({
      route: 'POST /api/x',
      method: 'POST',
      path: '/api/x?a=1',
      who: 'person',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(`{"a":"${'x'.repeat(100_000)}"}`),
      note: 'as-is',
    });
    assert.match(
      text,
      /^POST "\/api\/x\?a=1" as person\n {2}headers:\n {4}content-type: "application\/json"\n {2}body: "\{\\"a\\":\\"x+"… \(100008 characters\) \[100008 bytes, as-is\]$/,
    );
  });
});
