import assert from 'node:assert/strict';
// A client for the upload endpoint that streams its multipart body, so a test can send files of
// the maximum size (or far larger) without holding them, see how much of the body the server read
// before answering, and stop in the middle. The file is a PDF by its first bytes, then a repeating
// pattern: its SHA-256 is known without keeping it.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { IDEMPOTENCY_KEY_HEADER } from '@portal/shared-contracts';
import type { Browser } from './harness.js';

const FILLER = Buffer.alloc(64 * 1024, 0);
for (let i = 0; i < FILLER.length; i++) FILLER[i] = (i * 31 + (i >> 8)) & 0xff;

export const PDF_HEAD = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n');

/** The bytes of a generated file of `size`, a piece at a time: `head`, then the filler pattern. */
export function* fileBytes(size: number, head: Buffer = PDF_HEAD): Generator<Buffer> {
  let sent = 0;
  for (const piece = head.subarray(0, size); sent < size;) {
    const next = sent === 0 ? piece : FILLER.subarray(0, Math.min(FILLER.length, size - sent));
    sent += next.length;
    yield next;
  }
}

export function sha256Of(size: number, head?: Buffer): string {
  const hash = createHash('sha256');
  for (const piece of fileBytes(size, head)) hash.update(piece);
  return hash.digest('hex');
}

/** Downloads an attachment and checks it is, byte for byte, the file of `size` the helpers upload. */
export async function expectDownloadOf(browser: Browser, href: string, size: number): Promise<Response> {
  const download = await browser.fetch(href);
  assert.equal(download.status, 200);
  const bytes = Buffer.from(await download.arrayBuffer());
  assert.equal(createHash('sha256').update(bytes).digest('hex'), sha256Of(size), `the bytes of ${href}`);
  return download;
}

export interface StreamedUpload {
  readonly status: number;
  readonly body: string;
  /** File bytes written into the socket before the answer came (or the socket closed). */
  readonly sentBeforeAnswer: number;
}

export interface StreamOptions {
  readonly key: string;
  readonly name?: string;
  readonly size: number;
  readonly head?: Buffer;
  /** Called with each piece's end offset; a promise holds the next piece back (a slow client). */
  readonly pace?: (sent: number) => Promise<void> | void;
}

/** Uploads a generated file to `path` as `browser` (its cookies), streaming the body. */
export function streamUpload(browser: Browser, path: string, options: StreamOptions): Promise<StreamedUpload> {
  const boundary = `----portal-test-${options.key}`;
  const preamble = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${options.name ?? 'big.pdf'}"\r\n` +
      `Content-Type: application/pdf\r\n\r\n`,
  );
  const closing = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL(path, browser.baseUrl);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    let sentBeforeAnswer = 0;
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(preamble.length + options.size + closing.length),
        cookie: [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'sec-fetch-site': 'same-origin',
        [IDEMPOTENCY_KEY_HEADER]: options.key,
      },
    });
    req.on('response', (response) => {
      answered = true;
      sentBeforeAnswer = sent;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (text: string) => (body += text));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, sentBeforeAnswer }));
      response.on('error', reject);
    });
    // A server that answers early and closes: writes fail, the answer already came.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    void (async () => {
      const write = async (chunk: Buffer): Promise<void> => {
        if (req.destroyed || answered) return;
        // Backpressure: the server's pace (a paused upload stops reading, and so do we).
        if (!req.write(chunk)) await new Promise((done) => req.once('drain', done).once('close', done));
      };
      await write(preamble);
      for (const piece of fileBytes(options.size, options.head)) {
        if (req.destroyed || answered) return;
        await write(piece);
        sent += piece.length;
        await options.pace?.(sent);
      }
      if (!req.destroyed && !answered) req.end(closing);
    })().catch(reject);
  });
}
