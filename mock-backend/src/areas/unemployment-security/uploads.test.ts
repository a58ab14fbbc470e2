// Uploads as streams: the size limit and the type applied while the body comes (a refused body is
// not read to its end), the bytes stored as chunks and downloaded exactly, and the sweep that removes
// uploads whose attachment never came.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import {
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS as PATHS,
  type Attachment,
} from '@portal/shared-contracts/unemployment-security';
import { pruneExpired } from '../../storage/prune.js';
import { attachmentChunks, attachments, attachmentUploads } from '../../storage/schema/index.js';
import { SEED_UNEMPLOYMENT_IDS as IDS } from '../../storage/seeds/unemployment-security.js';
import { Browser, signIn, startTestServer, type TestServer } from '../../testing/harness.js';
import { expectDownloadOf, fileBytes, sha256Of, streamUpload } from '../../testing/uploads.js';
import { importAttachmentFiles } from './files-from-disk.js';
import { ATTACHMENT_CHUNK_BYTES, appendChunk, beginUpload } from '../../platform/attachments/attachment-bytes.js';

const MiB = 1024 * 1024;
const LIMITS = { attachmentMaxBytes: 2 * MiB, answerMaxBytes: 1000 * MiB };
// What loopback sockets may hold between the client's writes and the server's reads.
const SOCKET_SLACK = 8 * MiB;

let server: TestServer;
let sven: Browser;
before(async () => {
  server = await startTestServer({ config: LIMITS });
  sven = new Browser(server.baseUrl);
  await signIn(sven, 'sven');
});
after(() => server.close());

const path = PATHS.requestAttachments(IDS.awaitingAttachmentsRequest);

async function uploads(): Promise<number> {
  const [row] = await server.storage.db.select({ n: count() }).from(attachmentUploads);
  return row?.n ?? 0;
}

test('a body larger than the limit is refused with 413 while it streams, not read to its end', async () => {
  const before = await uploads();
  const answer = await streamUpload(sven, path, { key: randomUUID(), size: 64 * MiB });
  assert.equal(answer.status, 413, answer.body);
  assert.match(answer.body, new RegExp(E.fileTooLarge));
  assert.ok(answer.sentBeforeAnswer < LIMITS.attachmentMaxBytes + SOCKET_SLACK, `read ${answer.sentBeforeAnswer} of 64 MiB`);
  assert.equal(await uploads(), before, 'the refused bytes were removed');
});

test('a file that is not a PDF, JPEG or PNG is refused by its first bytes', async () => {
  const answer = await streamUpload(sven, path, { key: randomUUID(), size: 32 * MiB, head: Buffer.from('MZ\x90\x00 not a pdf') });
  assert.equal(answer.status, 415, answer.body);
  assert.match(answer.body, new RegExp(E.fileType));
  assert.ok(answer.sentBeforeAnswer < SOCKET_SLACK, `read ${answer.sentBeforeAnswer} of 32 MiB`);
});

test('a file of several chunks is stored as chunks and downloaded byte for byte', async () => {
  const size = 3 * ATTACHMENT_CHUNK_BYTES + 12_345;
  const answer = await streamUpload(sven, path, { key: randomUUID(), size, name: 'liite.pdf.exe' });
  assert.equal(answer.status, 201, answer.body);
  const attachment = JSON.parse(answer.body) as Attachment;
  assert.equal(attachment.fileName, 'liite.pdf');
  assert.equal(attachment.size, size);
  const download = await sven.fetch(attachment.href);
  assert.equal(download.status, 200);
  assert.equal(download.headers.get('content-length'), String(size));
  assert.match(download.headers.get('content-disposition') ?? '', /^attachment; filename="?liite\.pdf"?$/);
  assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
  const bytes = Buffer.from(await download.arrayBuffer());
  assert.equal(createHash('sha256').update(bytes).digest('hex'), sha256Of(size));
  const chunks = await server.storage.db
    .select({ n: count() })
    .from(attachmentChunks)
    .innerJoin(attachments, eq(attachments.uploadId, attachmentChunks.uploadId))
    .where(eq(attachments.id, attachment.id));
  assert.equal(chunks[0]?.n, 4, 'three whole chunks and the rest');
});

test('the sweep removes uploads without an attachment, by age, and keeps those with one', async () => {
  const { db } = server.storage;
  const now = new Date();
  const twoHoursAgo = new Date(now.getTime() - 2 * 3600_000);
  const old = await beginUpload(db, twoHoursAgo);
  await appendChunk(db, old, 0, Buffer.from('%PDF- orphaned by a crash'));
  const recent = await beginUpload(db, now);
  await appendChunk(db, recent, 0, Buffer.from('%PDF- still coming'));
  const kept = await streamUpload(sven, path, { key: randomUUID(), size: 1000 });
  assert.equal(kept.status, 201, kept.body);
  // Even an old upload stays while its attachment refers to it.
  await db.update(attachmentUploads).set({ startedAt: twoHoursAgo });
  await db.update(attachmentUploads).set({ startedAt: now }).where(eq(attachmentUploads.id, recent));

  const ids = async () => (await db.select({ id: attachmentUploads.id }).from(attachmentUploads)).map((row) => row.id);
  assert.equal((await pruneExpired(db, now)).uploads, 1);
  assert.ok(!(await ids()).includes(old) && (await ids()).includes(recent));
  assert.equal(
    (await db.select({ n: count() }).from(attachmentChunks).where(eq(attachmentChunks.uploadId, old)))[0]?.n,
    0,
    'its chunks went too',
  );
  // At a PGlite start nobody is uploading: every upload without its attachment goes.
  assert.equal((await pruneExpired(db, now, { everyUnfinishedUpload: true })).uploads, 1);
  assert.ok(!(await ids()).includes(recent));
  const attachment = JSON.parse(kept.body) as Attachment;
  assert.equal((await sven.fetch(attachment.href)).status, 200, 'the recorded one is whole');
});

test('files from before attachments moved into the database are imported at start, then removed; a stray file is left alone', async () => {
  const { db } = server.storage;
  const size = 2 * ATTACHMENT_CHUNK_BYTES + 777;
  const answer = await streamUpload(sven, path, { key: randomUUID(), size });
  assert.equal(answer.status, 201, answer.body);
  const attachment = JSON.parse(answer.body) as Attachment;
  const [row] = await db.select({ uploadId: attachments.uploadId }).from(attachments).where(eq(attachments.id, attachment.id));
  // As migration 0008 left a row whose bytes were on disk: the upload without chunks, the file by its id.
  await db.delete(attachmentChunks).where(eq(attachmentChunks.uploadId, row!.uploadId));
  assert.equal((await sven.fetch(attachment.href)).status, 500, 'without its bytes the download fails, as it did');
  const dir = mkdtempSync(join(tmpdir(), 'portal-attachments-'));
  try {
    writeFileSync(join(dir, row!.uploadId), Buffer.concat([...fileBytes(size)]));
    const stray = randomUUID();
    writeFileSync(join(dir, stray), 'no attachment refers to this');
    writeFileSync(join(dir, `.${randomUUID()}.part`), 'half a save');

    assert.deepEqual(await importAttachmentFiles(db, dir), { imported: 1, left: 1 });
    await expectDownloadOf(sven, attachment.href, size);
    const remaining = readdirSync(dir);
    assert.ok(!remaining.includes(row!.uploadId), 'the imported file is removed');
    assert.ok(remaining.includes(stray), 'a file no attachment refers to is not touched');
    // A second start finds nothing more to do.
    assert.deepEqual(await importAttachmentFiles(db, dir), { imported: 0, left: 1 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(await importAttachmentFiles(db, join(tmpdir(), `no-such-${randomUUID()}`)), { imported: 0, left: 0 });
});
