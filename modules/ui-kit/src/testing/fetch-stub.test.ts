import { expect } from '@open-wc/testing';
import { apiError, json, restoreFetch, stubFetch } from './fetch-stub.js';

describe('ui-kit testing/fetch-stub', () => {
  afterEach(() => restoreFetch());

  describe('properties', () => {
    it('answers fetch from the test and records each call', async () => {
      const real = window.fetch;
      const calls = stubFetch((call) => (call.url === '/api/x' ? json({ ok: true }) : apiError('not-found', 404)));
      const ok = await fetch('/api/x', { method: 'POST', headers: { 'Idempotency-Key': 'k1' }, body: JSON.stringify({ a: 1 }) });
      expect(ok.status).to.equal(200);
      expect(ok.headers.get('content-type')).to.equal('application/json');
      expect(await ok.json()).to.deep.equal({ ok: true });
      const missing = await fetch('/api/y');
      expect(missing.status).to.equal(404);
      expect(await missing.json()).to.deep.equal({ error: { code: 'not-found', message: 'not-found' } });
      expect(calls).to.deep.equal([
        { method: 'POST', url: '/api/x', headers: { 'idempotency-key': 'k1' }, body: { a: 1 } },
        { method: 'GET', url: '/api/y', headers: {}, body: undefined },
      ]);
      restoreFetch();
      expect(window.fetch).to.equal(real);
    });

    it('carries the details of a validation error', async () => {
      const body = (await apiError('validation', 422, [{ path: 'phone', message: 'bad' }]).json()) as unknown;
      expect(body).to.deep.equal({ error: { code: 'validation', message: 'validation', details: [{ path: 'phone', message: 'bad' }] } });
    });
  });
});
