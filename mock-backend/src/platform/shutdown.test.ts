// SIGTERM, as a platform sends it before replacing an instance: the request in flight (an upload
// still coming) is finished and acknowledged, new connections are refused, readiness on an open
// connection says stopping, and the process exits on its own with code 0 well within 10 s. After a
// restart on the same data, the acknowledged file is there.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNEMPLOYMENT_SECURITY_PATHS as PATHS, type Attachment } from '@portal/shared-contracts/unemployment-security';
import { SEED_UNEMPLOYMENT_IDS as IDS } from '../storage/seeds/unemployment-security.js';
import { Browser, signIn } from '../testing/harness.js';
import { exited, startServerProcess } from '../testing/server-process.js';
import { freePort } from '../testing/postgres-server.js';
import { KEEP_ALIVE_TIMEOUT_MS } from './keep-alive.js';
import { expectDownloadOf, streamUpload } from '../testing/uploads.js';

const dataDir = mkdtempSync(join(tmpdir(), 'portal-shutdown-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('SIGTERM finishes the upload in flight, refuses new connections and exits 0 within 10 s; the file survives a restart', async () => {
  const server = await startServerProcess(await freePort(), { DATA_DIR: dataDir });
  // The server keeps an idle connection longer than a balancer in front does (platform/keep-alive.ts).
  const live = await fetch(`${server.baseUrl}/health/live`);
  assert.equal(live.headers.get('keep-alive'), `timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
  const sven = new Browser(server.baseUrl);
  await signIn(sven, 'sven');
  const size = 1024 * 1024;
  let sent = 0;
  let signalled: number | undefined;
  const upload = streamUpload(sven, PATHS.requestAttachments(IDS.awaitingAttachmentsRequest), {
    key: randomUUID(),
    size,
    // A slow client: about two seconds for the file, the signal a third of the way in.
    pace: async (bytes) => {
      sent = bytes;
      if (signalled === undefined && bytes > size / 3) {
        signalled = Date.now();
        server.child.kill('SIGTERM');
      }
      await new Promise((resolve) => setTimeout(resolve, 30));
    },
  });
  for (const deadline = Date.now() + 10_000; signalled === undefined && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.ok(signalled !== undefined, 'the upload got going');
  await new Promise((resolve) => setTimeout(resolve, 200));
  await assert.rejects(fetch(`${server.baseUrl}/health/live`), 'a new connection is refused');
  assert.ok(sent < size, 'the upload was still coming after the signal');

  const answer = await upload;
  assert.equal(answer.status, 201, answer.body);
  const attachment = JSON.parse(answer.body) as Attachment;
  await exited(server.child);
  assert.equal(server.child.exitCode, 0, server.output());
  assert.ok(Date.now() - signalled < 10_000, `exited ${Date.now() - signalled} ms after the signal`);
  assert.match(server.output(), /SIGTERM: stopping/);

  const again = await startServerProcess(await freePort(), { DATA_DIR: dataDir });
  try {
    await expectDownloadOf(sven.copyCookiesTo(new Browser(again.baseUrl)), attachment.href, size);
  } finally {
    again.child.kill('SIGKILL');
    await exited(again.child);
  }
});
