// Two instances of the backend on one PostgreSQL, behind a round-robin proxy (issue 19): whatever
// one instance writes, the other must see, since the next request may go to either. A person signs
// in with the sign-in's requests alternating between the instances, uploads an attachment on one and
// sends the answer on the other, and sees it on the first again. An operator deploys a module with
// its uploads spread over both. Then one instance is killed in the middle of a stream of writes:
// every write that was acknowledged is there afterwards, stored once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import { CAREER_RADAR_PATHS, QUESTIONNAIRE_VERSION, statementIds } from '@portal/shared-contracts/career-radar';
import { SEED_PERSON_IDS } from '../../mock-backend/src/storage/seeds/seed.js';
import { signInOverHttp } from '../../mock-backend/src/fuzz/client.js';
import { findPostgresBin, NO_POSTGRES, startPostgres, type PostgresServer } from '../../mock-backend/src/testing/postgres-server.js';
import { assertAccessible, launchChromium } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { startRoundRobin, type RoundRobinProxy } from '../lib/round-robin.js';
import { moduleCommand } from '../lib/operator.js';
import { REPO_ROOT, startPortal, type RunningPortal } from '../lib/server.js';

const OFFICE_TOKEN = 'e2e-office-token-0123456789';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface Cluster {
  postgres?: PostgresServer;
  instances: RunningPortal[];
  proxy?: RoundRobinProxy;
  browser?: Browser;
}

const cluster: Cluster = { instances: [] };

/** The answers each instance gave during `step`. */
function servedDuring(step: () => Promise<void>): Promise<number[]> {
  return cluster.proxy!.servedDuring(step);
}

function helsinkiToday(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The office's system asks Sven for a clarification with one attachment; its id. */
async function officeRequest(): Promise<string> {
  const text = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
  const response = await fetch(`${cluster.proxy!.url}/office-api/clarification-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${OFFICE_TOKEN}` },
    body: JSON.stringify({
      hetu: '010469-999W',
      subject: text('Selvitys kahdelta palvelimelta'),
      explain: [text('Kerro tilanteestasi.')],
      requiredAttachments: [text('Työtodistus')],
      returnDate: helsinkiToday(7),
      contact: { name: text('TE-toimisto'), phone: '0295 000 000', email: null },
    }),
  });
  assert.equal(response.status, 201);
  return ((await response.json()) as { id: string }).id;
}

function moduleVersion(area: string): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'modules', area, 'package.json'), 'utf8')) as { version: string }).version;
}

async function heading(page: Page, text: string): Promise<void> {
  await page.locator('h1').filter({ hasText: text }).waitFor();
}

describe(
  'two instances on one PostgreSQL behind a round-robin proxy',
  { skip: findPostgresBin() === undefined ? NO_POSTGRES : false },
  () => {
    before(async () => {
      cluster.postgres = await startPostgres({ max_connections: '60' });
      const env = { DATABASE_URL: cluster.postgres!.url, OFFICE_API_TOKENS: `te-office:${OFFICE_TOKEN}` };
      // Started at once, as a deployment starts them: migrations and seeding must not collide.
      const started = await Promise.allSettled([startPortal(env), startPortal(env), launchChromium()]);
      for (const result of started.slice(0, 2)) if (result.status === 'fulfilled') cluster.instances.push(result.value as RunningPortal);
      if (started[2]!.status === 'fulfilled') cluster.browser = started[2]!.value as Browser;
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      cluster.proxy = await startRoundRobin(cluster.instances.map((instance) => instance.baseUrl));
    });

    after(async () => {
      await cluster.browser?.close();
      await cluster.proxy?.close();
      await Promise.all(cluster.instances.map((instance) => instance.stop()));
      cluster.postgres?.stop();
    });

    test('sign in, upload and answer: each request may go to either instance, each step to the other one than before', async () => {
      const requestId = await officeRequest();
      const proxy = cluster.proxy!;
      const context = await cluster.browser!.newContext();
      const page = await context.newPage();
      const serverErrors: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
      });

      // The sign-in's own requests alternate: its state (the sign-in in progress, the IdP's code, the
      // new session) must be shared for it to complete at all.
      const signIn = await servedDuring(() =>
        signInAs(page, proxy.url, /Sven Testsson/, `/unemployment-security/requests/${requestId}/answer`, 'fi'),
      );
      assert.ok(
        signIn.every((count) => count > 0),
        `both instances served the sign-in (${signIn.join(' / ')})`,
      );
      const form = page.locator('unemployment-security-answer-form');
      await heading(page, 'Vastaa selvityspyyntöön');
      await form.getByLabel('Vastauksesi').fill('Työtodistus liitteenä; työsuhde päättyi 31.10.');

      // The upload on instance 1 only …
      const upload = await servedDuring(async () => {
        proxy.pin(1);
        await form
          .getByLabel('Valitse liitettävät tiedostot')
          .setInputFiles([{ name: 'tyotodistus.pdf', mimeType: 'application/pdf', buffer: PDF }]);
        await form.getByText(/^\W*Ladattu$/).waitFor();
      });
      assert.equal(upload[0], 0);
      assert.ok(upload[1]! > 0);

      // … the answer, with the attachment instance 1 stored, on instance 0 only …
      const answer = await servedDuring(async () => {
        proxy.pin(0);
        await form.getByRole('button', { name: 'Jatka' }).click();
        await heading(page, 'Tarkista vastauksesi');
        await form.getByRole('button', { name: 'Lähetä vastaus' }).click();
        await heading(page, 'Vastauksesi on lähetetty');
      });
      assert.equal(answer[1], 0);
      assert.ok(answer[0]! > 0);
      await assertAccessible(page, 'the receipt, sent through the other instance');

      // … and the request, answered, as instance 1 reads it.
      proxy.pin(1);
      await page.goto(`${proxy.url}/unemployment-security/requests/${requestId}`);
      const request = page.locator('unemployment-security-request');
      await request.getByText('tyotodistus.pdf').first().waitFor();
      await request
        .getByText(/Vastaanotettu/)
        .first()
        .waitFor();
      proxy.pin(undefined);
      assert.deepEqual(serverErrors, []);
      await context.close();
    });

    test('an operator deploys a module through the proxy: uploaded to both instances in turn, published on one, served by both', async () => {
      const proxy = cluster.proxy!;
      proxy.pin(undefined);
      const version = `${moduleVersion('overview').replace(/-.*$/, '')}-scale.1`;
      const deploy = await servedDuring(async () => {
        const result = await moduleCommand({ portalUrl: proxy.url, adminToken: 'dev-admin-token' }, 'overview', 'deploy', [
          '--version',
          version,
        ]);
        assert.equal(result.code, 0, result.output);
      });
      assert.ok(
        deploy.every((count) => count > 0),
        `both instances took part of the deploy (${deploy.join(' / ')})`,
      );
      // Each instance, asked directly, has the new version in its registry and serves its files.
      const manifests: string[] = [];
      for (const instance of cluster.instances) {
        const registry = (await (await fetch(`${instance.baseUrl}/api/registry`)).json()) as {
          areas: { area: string; implementation: { version: string; manifestUrl: string } }[];
        };
        const overview = registry.areas.find((entry) => entry.area === 'overview');
        assert.equal(overview?.implementation.version, version);
        const manifest = await fetch(new URL(overview.implementation.manifestUrl, instance.baseUrl));
        assert.equal(manifest.status, 200);
        manifests.push(await manifest.text());
      }
      assert.equal(manifests[0], manifests[1]);
    });

    test('an instance killed in the middle of writes: every acknowledged write is stored, and once', async () => {
      const proxy = cluster.proxy!;
      proxy.pin(undefined);
      const cookie = await signInOverHttp(proxy.url, SEED_PERSON_IDS.tessa);
      const answers = Object.fromEntries(statementIds().map((id, i) => [id, (i % 5) + 1]));
      const body = JSON.stringify({ questionnaireVersion: QUESTIONNAIRE_VERSION, answers });
      const post = (key: string) =>
        fetch(`${proxy.url}${CAREER_RADAR_PATHS.results}`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json', origin: proxy.url, [IDEMPOTENCY_KEY_HEADER]: key },
          body,
        });

      const acknowledged: { key: string; servedBy: string | null }[] = [];
      let unacknowledged = 0;
      const statuses = new Map<number, number>();
      const writer = async () => {
        const stopAt = Date.now() + 4000;
        while (Date.now() < stopAt) {
          const key = randomUUID();
          const response = await post(key).catch(() => undefined);
          if (response?.status === 201) acknowledged.push({ key, servedBy: response.headers.get('x-served-by') });
          else {
            unacknowledged += 1;
            statuses.set(response?.status ?? 0, (statuses.get(response?.status ?? 0) ?? 0) + 1);
          }
          await response?.body?.cancel();
        }
      };
      const writers = Promise.all(Array.from({ length: 8 }, writer));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      // SIGKILL: no graceful stop, whatever it was writing is cut off.
      process.kill(cluster.instances[1]!.pid!, 'SIGKILL');
      await writers;

      const byInstance = (index: number) => acknowledged.filter((write) => write.servedBy === String(index)).length;
      assert.ok(byInstance(1) > 0, 'the killed instance had acknowledged writes before it went');
      assert.ok(byInstance(0) > byInstance(1), 'the other instance went on taking writes');
      // Every acknowledged key, sent again, finds the write it stored: 200 with the first receipt, not 201.
      for (const { key } of acknowledged) {
        const again = await post(key);
        assert.equal(again.status, 200, `the write acknowledged for key ${key} is stored`);
        await again.body?.cancel();
      }
      console.log(
        `# writes acknowledged: ${acknowledged.length} (${byInstance(1)} by the killed instance); not acknowledged: ${unacknowledged} ${JSON.stringify([...statuses])}`,
      );
    });
  },
);
