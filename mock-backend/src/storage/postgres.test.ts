// The DATABASE_URL path: the same migrations, seed and flows on a real PostgreSQL server, a throwaway
// cluster started from Debian's binaries. Skipped (with the reason) where they are not installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { IDEMPOTENCY_KEY_HEADER, RegistrySchema, SESSION_EXPIRES_HEADER, validate } from '@portal/shared-contracts';
import { ProfileSchema } from '@portal/shared-contracts/profile';
import { helsinkiDate } from '../platform/calendar.js';
import { loadConfig } from '../platform/config.js';
import { countAttempt } from '../platform/rate-limit.js';
import { Browser, signIn, startTestServer } from '../testing/harness.js';
import { jobSearchReports, payerNotices, profileChanges } from './schema/index.js';
import pg from 'pg';
import { openStorage } from './storage.js';
import { pruneExclusively } from './prune.js';
import { NO_POSTGRES, startPostgres } from '../testing/postgres-server.js';

test('PostgreSQL through DATABASE_URL: same migrations, seed, sign-in and profile', async (t) => {
  const cluster = await startPostgres();
  if (!cluster) {
    t.skip(NO_POSTGRES);
    return;
  }
  try {
    const config = loadConfig({ DATABASE_URL: cluster.url });
    assert.ok(config.databaseUrl);
    const storage = await openStorage({ databaseUrl: config.databaseUrl });
    assert.equal(storage.driver, 'postgres');
    // startTestServer migrates and seeds; a second app on the same database does it all again.
    const first = await startTestServer({ storage });
    const second = await startTestServer({ storage });
    try {
      const browser = new Browser(second.baseUrl);
      const registry: unknown = await (await browser.fetch('/api/registry')).json();
      assert.ok(validate(RegistrySchema, registry).ok);

      const steps = await signIn(browser, 'tessa', { returnTo: '/profile' });
      assert.equal(steps.callback.status, 303);
      assert.equal(steps.callback.headers.get('location'), '/profile');
      // The session is in the database: the other instance knows it too, and extends it there.
      const elsewhere = browser.copyCookiesTo(new Browser(first.baseUrl));
      const status = (await (await elsewhere.fetch('/api/session/status')).json()) as { expiresAt?: string; absoluteExpiresAt?: string };
      assert.ok(status.expiresAt && status.absoluteExpiresAt);
      const extended = await elsewhere.fetch('/api/session/extend', { method: 'POST' });
      assert.equal(extended.status, 200);
      assert.ok((extended.headers.get(SESSION_EXPIRES_HEADER) ?? '') >= status.expiresAt);
      const profile: unknown = await (await elsewhere.fetch('/api/profile')).json();
      const parsed = validate(ProfileSchema, profile);
      assert.ok(parsed.ok, JSON.stringify(parsed));
      assert.equal((profile as { henkilotunnus: string }).henkilotunnus, '010280-952L');
      assert.equal((profile as { birthDate: string }).birthDate, '1980-02-01');

      const deceased = await signIn(new Browser(second.baseUrl), 'deceased');
      assert.equal(deceased.callback.status, 403);

      // The IdP's session and key are shared too: "continue as" on the other instance.
      const again = browser.copyCookiesTo(new Browser(first.baseUrl));
      assert.equal((await again.fetch('/auth/logout', { method: 'POST' })).status, 200);
      assert.equal((await signIn(again, 'continue')).callback.status, 303);

      // Drafts and change reports on a real server: jsonb, dates, the row lock and the unique key.
      const draft = await again.fetch('/api/drafts/profile.change', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { phone: '+358 40 1' } }),
      });
      assert.equal(draft.status, 200);
      const restored = (await (await again.copyCookiesTo(new Browser(second.baseUrl)).fetch('/api/drafts/profile.change')).json()) as {
        data: unknown;
      };
      assert.deepEqual(restored.data, { phone: '+358 40 1' });
      const { updatedAt } = (await (await again.fetch('/api/profile')).json()) as { updatedAt: string };
      const change = JSON.stringify({ effectiveDate: helsinkiDate(new Date()), phone: '+358 40 222 3333', basedOn: updatedAt });
      const key = randomUUID();
      // The same key at once on both instances (two connections): one record, one receipt id.
      const reports = await Promise.all(
        [first, second, first, second].map((instance) =>
          again.copyCookiesTo(new Browser(instance.baseUrl)).fetch('/api/profile/changes', {
            method: 'POST',
            headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key },
            body: change,
          }),
        ),
      );
      assert.deepEqual(reports.map((r) => r.status).sort(), [200, 200, 200, 201]);
      const ids = await Promise.all(reports.map(async (r) => ((await r.json()) as { id: string }).id));
      assert.equal(new Set(ids).size, 1);
      assert.equal((await storage.db.select().from(profileChanges).where(eq(profileChanges.idempotencyKey, key))).length, 1);
      const stale = await again.fetch('/api/profile/changes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: randomUUID() },
        body: change,
      });
      assert.equal(stale.status, 409);

      // Job seeking too: one change report with one key on both instances is one report and one
      // payer notice (the person's row lock, then the payer's, on separate connections).
      const { updatedAt: jobSearchUpdatedAt } = (await (await again.fetch('/api/job-search')).json()) as { updatedAt: string };
      const sickness = JSON.stringify({ kind: 'sickness', startDate: helsinkiDate(new Date()), basedOn: jobSearchUpdatedAt });
      const reportKey = randomUUID();
      const sent = await Promise.all(
        [first, second, first, second].map((instance) =>
          again.copyCookiesTo(new Browser(instance.baseUrl)).fetch('/api/job-search/changes', {
            method: 'POST',
            headers: { 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: reportKey },
            body: sickness,
          }),
        ),
      );
      assert.deepEqual(sent.map((r) => r.status).sort(), [200, 200, 200, 201]);
      const [stored] = await storage.db.select().from(jobSearchReports).where(eq(jobSearchReports.idempotencyKey, reportKey));
      assert.ok(stored);
      assert.equal((await storage.db.select().from(payerNotices).where(eq(payerNotices.sourceReportId, stored.id))).length, 1);

      // The rate-limit upsert counts atomically on a real server too.
      const now = new Date();
      const counts = await Promise.all(Array.from({ length: 5 }, () => countAttempt(storage.db, 'pg-test', 60, now)));
      assert.deepEqual(counts.map((c) => c.hits).sort(), [1, 2, 3, 4, 5]);
      assert.equal((await countAttempt(storage.db, 'pg-test', 60, new Date(now.getTime() + 61_000))).hits, 1, 'a new window');

      // Pruning, one instance at a time: while another connection holds the lock, this one skips its turn.
      const holder = new pg.Client({ connectionString: config.databaseUrl });
      await holder.connect();
      try {
        await holder.query('begin');
        const { rows } = await holder.query<{ locked: boolean }>('select pg_try_advisory_xact_lock(7311019) as locked');
        assert.equal(rows[0]?.locked, true);
        assert.equal(await pruneExclusively(storage.db), undefined, 'another instance is pruning');
        await holder.query('commit');
        assert.ok(await pruneExclusively(storage.db), 'its turn, once the other is done');
      } finally {
        await holder.end();
      }
    } finally {
      await second.close();
      await first.close();
      await storage.close();
    }
  } finally {
    cluster.stop();
  }
});
