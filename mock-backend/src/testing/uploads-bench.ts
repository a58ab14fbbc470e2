// Not part of `npm test` (minutes, not seconds): run it with
// `cd mock-backend && node --import tsx --test src/testing/uploads-bench.ts`.
// The real server as a child process on its own PGlite folder: memory while many maximum-size files
// come at once (UPLOAD_MEMORY_FILES of ATTACHMENT_MAX_BYTES, 40 by default), and kill -9 in the
// middle of uploads, then a restart: no stored bytes without their attachment, none acknowledged lost.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, sql } from 'drizzle-orm';
import {
  DEFAULT_ATTACHMENT_MAX_BYTES,
  UNEMPLOYMENT_SECURITY_PATHS as PATHS,
  type Attachment,
} from '@portal/shared-contracts/unemployment-security';
import { attachmentUploads } from '../storage/schema/index.js';
import { SEED_UNEMPLOYMENT_IDS as IDS } from '../storage/seeds/unemployment-security.js';
import { openStorage } from '../storage/storage.js';
import { Browser, signIn } from './harness.js';
import { expectDownloadOf, streamUpload } from './uploads.js';
import { exited, rssOf, startServerProcess } from './server-process.js';

const MiB = 1024 * 1024;
const dataDir = mkdtempSync(join(tmpdir(), 'portal-upload-server-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** Answers without a total limit, so every file of the test is stored. */
const startServer = (port: number) => startServerProcess(port, { DATA_DIR: dataDir, ANSWER_MAX_BYTES: String(2000 * MiB) });

const PORT = 20_000 + Math.floor(Math.random() * 20_000);
const requests = [IDS.awaitingAttachmentsRequest, IDS.overdueRequest];

test('kill -9 during uploads, then a restart: no bytes without their attachment, nothing acknowledged lost', async () => {
  const first = await startServer(PORT);
  const sven = new Browser(first.baseUrl);
  await signIn(sven, 'sven');
  const size = 3 * MiB;
  let killed = false;
  const acknowledged: Attachment[] = [];
  const outcomes = Array.from({ length: 8 }, (_, i) => {
    const key = randomUUID();
    // Half go quickly and are acknowledged; half are slow and are cut by the kill.
    const slow = i % 2 === 1;
    return streamUpload(sven, PATHS.requestAttachments(requests[i % 2] ?? ''), {
      key,
      size,
      pace: slow ? () => new Promise((resolve) => setTimeout(resolve, 250)) : undefined,
    }).then(
      (answer) => {
        if (answer.status === 201) acknowledged.push(JSON.parse(answer.body) as Attachment);
      },
      () => assert.ok(killed, 'only the kill cuts an upload'),
    );
  });
  // Until the quick ones are acknowledged and the slow ones are well on their way.
  for (const deadline = Date.now() + 30_000; acknowledged.length < 4 && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  killed = true;
  first.child.kill('SIGKILL');
  await exited(first.child);
  await Promise.all(outcomes);
  assert.ok(acknowledged.length >= 4 && acknowledged.length < 8, `${acknowledged.length} acknowledged`);

  const second = await startServer(PORT + 1);
  const again = sven.copyCookiesTo(new Browser(second.baseUrl));
  for (const attachment of acknowledged) {
    await expectDownloadOf(again, attachment.href, size);
  }
  second.child.kill('SIGTERM');
  await exited(second.child);
  const storage = await openStorage({ dataDir: join(dataDir, 'pglite') });
  try {
    const [orphans] = await storage.db
      .select({ n: count() })
      .from(attachmentUploads)
      .where(sql`not exists (select 1 from attachments where attachments.upload_id = ${attachmentUploads.id})`);
    assert.equal(orphans?.n, 0, 'the start swept what the kill left');
  } finally {
    await storage.close();
  }
});

test('many maximum-size uploads at once raise the memory by less than 100 MB, and it comes back', async () => {
  const files = Number(process.env['UPLOAD_MEMORY_FILES'] ?? 40);
  const size = DEFAULT_ATTACHMENT_MAX_BYTES;
  const server = await startServer(PORT + 2);
  try {
    const sven = new Browser(server.baseUrl);
    await signIn(sven, 'sven');
    // Warm: the first upload brings in what any upload needs (code, PGlite's buffers).
    await streamUpload(sven, PATHS.requestAttachments(requests[0] ?? ''), { key: randomUUID(), size });
    const pid = server.child.pid ?? 0;
    const baseline = rssOf(pid);
    let peak = baseline;
    const sampling = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 50);
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: files }, (_, i) =>
        streamUpload(sven, PATHS.requestAttachments(requests[i % 2] ?? ''), { key: randomUUID(), size }),
      ),
    );
    clearInterval(sampling);
    const seconds = (Date.now() - started) / 1000;
    // Twenty files per answer: beyond that, the rest is refused at the end, after streaming all the same.
    assert.ok(
      answers.every((answer) => answer.status === 201 || answer.status === 400),
      answers.map((a) => a.status).join(),
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const settled = rssOf(pid);
    console.log(
      `${files} × ${size / MiB} MiB in ${seconds.toFixed(1)} s: RSS ${(baseline / MiB).toFixed(0)} MiB before, ` +
        `peak +${((peak - baseline) / MiB).toFixed(0)} MiB, +${((settled - baseline) / MiB).toFixed(0)} MiB after`,
    );
    assert.ok(peak - baseline < 100 * MiB, `peak growth ${((peak - baseline) / MiB).toFixed(0)} MiB`);
    assert.ok(settled - baseline < 50 * MiB, `left ${((settled - baseline) / MiB).toFixed(0)} MiB`);
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
});
