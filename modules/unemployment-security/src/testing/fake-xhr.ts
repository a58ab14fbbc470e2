// A fake XMLHttpRequest a test drives by hand: it records each upload (method, URL, headers, the
// multipart body) and lets the test report progress, answer with any status and body, or drop the
// connection. Installed over `window.XMLHttpRequest`, which the upload code looks up at call time.

type Handler = (() => void) | null;

export class FakeXhr {
  /** Every request sent since `installFakeXhr`, oldest first. */
  static sent: FakeXhr[] = [];

  method = '';
  url = '';
  readonly headers: Record<string, string> = {};
  body: unknown = undefined;
  withCredentials = false;
  timeout = 0;
  status = 0;
  responseText = '';
  readonly responseHeaders: Record<string, string> = {};
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: Handler = null;
  onerror: Handler = null;
  ontimeout: Handler = null;
  onabort: Handler = null;
  aborted = false;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }

  send(body: unknown): void {
    this.body = body;
    FakeXhr.sent.push(this);
  }

  abort(): void {
    this.aborted = true;
    this.onabort?.();
  }

  // What a test does ------------------------------------------------------------------------------

  /** The file sent in the multipart body's `file` field. */
  get file(): File {
    return (this.body as FormData).get('file') as File;
  }

  progress(loaded: number, total: number): void {
    this.upload.onprogress?.(new ProgressEvent('progress', { loaded, total, lengthComputable: true }));
  }

  /** Answers with a status and a body (JSON unless a string is given; none for `undefined`). */
  respond(status: number, body?: unknown): void {
    this.status = status;
    this.responseText = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }

  /** The connection dropped: no answer at all. */
  fail(): void {
    this.status = 0;
    this.onerror?.();
  }
}

const originalXhr = window.XMLHttpRequest;

/** Puts the fake in place; `restoreXhr()` in `afterEach` puts the real one back. */
export function installFakeXhr(): FakeXhr[] {
  FakeXhr.sent = [];
  (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = FakeXhr;
  return FakeXhr.sent;
}

export function restoreXhr(): void {
  (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = originalXhr;
}
