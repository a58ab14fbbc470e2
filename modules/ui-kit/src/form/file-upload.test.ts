import { expect } from '@open-wc/testing';
import { IDEMPOTENCY_KEY_HEADER, portalBus, SessionRejectedTopic } from '@portal/shared-contracts';
import { uploadFile, type FileUploadOutcome } from './file-upload.js';

/** The least of an XMLHttpRequest a test drives by hand: what was sent, and the answer it gets. */
class FakeXhr {
  static last: FakeXhr | undefined;
  method = '';
  url = '';
  readonly headers: Record<string, string> = {};
  body: FormData | undefined;
  withCredentials = true;
  status = 0;
  responseText = '';
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }
  getResponseHeader(): string | null {
    return null;
  }
  send(body: FormData): void {
    this.body = body;
    FakeXhr.last = this;
  }
  abort(): void {
    this.onabort?.();
  }
  respond(status: number, body: unknown): void {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const originalXhr = window.XMLHttpRequest;
const file = new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' });

function start(onProgress?: (loaded: number, total: number) => void): {
  done: Promise<FileUploadOutcome>;
  xhr: FakeXhr;
  abort: () => void;
} {
  const upload = uploadFile({ url: '/api/x/attachments', file, field: 'file', key: 'key-12345678', ...(onProgress ? { onProgress } : {}) });
  return { done: upload.done, xhr: FakeXhr.last!, abort: upload.abort };
}

describe('ui-kit file-upload', () => {
  beforeEach(() => {
    (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = FakeXhr;
  });
  afterEach(() => {
    (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = originalXhr;
  });

  it('posts the file in its part with the key, to the own origin only, and reports progress', async () => {
    const progress: number[] = [];
    const { done, xhr } = start((loaded) => progress.push(loaded));
    expect([xhr.method, xhr.url, xhr.withCredentials]).to.deep.equal(['POST', '/api/x/attachments', false]);
    expect(xhr.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()]).to.equal('key-12345678');
    expect((xhr.body?.get('file') as File).name).to.equal('a.pdf');
    xhr.upload.onprogress?.(new ProgressEvent('progress', { loaded: 4, total: 8, lengthComputable: true }));
    xhr.respond(201, { id: 'x' });
    expect(await done).to.deep.equal({ kind: 'done', status: 201, body: { id: 'x' } });
    expect(progress).to.deep.equal([4]);
  });

  it('sorts the endings: a refusal with its body, a 5xx or a dropped connection worth a retry', async () => {
    const refused = start();
    refused.xhr.respond(415, { error: { code: 'unsupported-media-type' } });
    expect((await refused.done).kind).to.equal('refused');
    const failed = start();
    failed.xhr.respond(503, {});
    expect(await failed.done).to.deep.equal({ kind: 'failed', status: 503 });
    const dropped = start();
    dropped.xhr.onerror?.();
    expect(await dropped.done).to.deep.equal({ kind: 'failed', status: 0 });
    const aborted = start();
    aborted.abort();
    expect((await aborted.done).kind).to.equal('failed');
  });

  it('a lost session is told to the shell, as fetchJson does', async () => {
    const told: unknown[] = [];
    const subscription = portalBus.subscribe(SessionRejectedTopic, (value) => told.push(value));
    const { done, xhr } = start();
    xhr.respond(401, { error: { code: 'session-expired', message: 'x' } });
    await done;
    subscription.unsubscribe();
    expect(told).to.deep.equal([{ url: '/api/x/attachments' }]);
  });
});
