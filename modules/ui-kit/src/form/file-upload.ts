import {
  API_ERROR_CODES,
  ApiErrorSchema,
  IDEMPOTENCY_KEY_HEADER,
  portalBus,
  SESSION_EXPIRES_HEADER,
  SessionActivityTopic,
  SessionRejectedTopic,
  validate,
} from '@portal/shared-contracts';

// One file uploaded as its own request (POST multipart, one part), with its own Idempotency-Key and
// progress: what every area's attachment control sends, written once. What the answer's body means
// (the area's attachment, its refusal codes) is the area's; this only moves the bytes and sorts the
// endings.

/** How one upload ended; `body` is the answer's JSON (null when it had none or was not JSON). */
export type FileUploadOutcome =
  /** 2xx: stored. */
  | { readonly kind: 'done'; readonly status: number; readonly body: unknown }
  /** 400, 409, 413 or 415: the server will not take this file now, and sending it again would be refused again. */
  | { readonly kind: 'refused'; readonly status: number; readonly body: unknown }
  /** No answer (status 0: the network, a backend restart), a 5xx or another status: worth a retry with the same key. */
  | { readonly kind: 'failed'; readonly status: number };

export interface FileUploadOptions {
  readonly url: string;
  readonly file: File;
  /** The multipart part's name the endpoint reads. */
  readonly field: string;
  /** The file's own Idempotency-Key: the same on every retry, so the server stores it once. */
  readonly key: string;
  /** Bytes sent so far, of `total` (the request body, a little more than the file). */
  readonly onProgress?: (loaded: number, total: number) => void;
}

export interface FileUpload {
  readonly done: Promise<FileUploadOutcome>;
  readonly abort: () => void;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** What fetchJson does for every other call: the session's new expiry to the shell, and a lost session. */
function reportSession(xhr: XMLHttpRequest, url: string, body: unknown): void {
  try {
    const expiresAt = xhr.getResponseHeader(SESSION_EXPIRES_HEADER);
    if (expiresAt) portalBus.publish(SessionActivityTopic, { expiresAt });
    const parsed = validate(ApiErrorSchema, body);
    if (xhr.status === 401 && parsed.ok && parsed.value.error.code === API_ERROR_CODES.sessionExpired) {
      portalBus.publish(SessionRejectedTopic, { url });
    }
  } catch {
    // A malformed header is the server's bug; it must not fail the upload.
  }
}

const REFUSALS: ReadonlySet<number> = new Set([400, 409, 413, 415]);

/**
 * Uploads one file through XMLHttpRequest, because fetch reports no upload progress. Never throws:
 * every ending is a `FileUploadOutcome`.
 *
 * Same-origin like every call of the portal: the session cookie goes along (XHR's default,
 * `withCredentials` false, sends cookies to the own origin only), and the browser adds the
 * `Origin` and `Sec-Fetch-Site` headers the backend's cross-site request check reads.
 */
export function uploadFile(options: FileUploadOptions): FileUpload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<FileUploadOutcome>((resolve) => {
    const failed = (): void => resolve({ kind: 'failed', status: 0 });
    xhr.open('POST', options.url);
    xhr.withCredentials = false;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader(IDEMPOTENCY_KEY_HEADER, options.key);
    xhr.upload.onprogress = (event: ProgressEvent) => {
      options.onProgress?.(event.loaded, event.lengthComputable ? event.total : options.file.size);
    };
    xhr.onerror = failed;
    xhr.ontimeout = failed;
    xhr.onabort = failed;
    xhr.onload = () => {
      const status = xhr.status;
      const body = parseJson(typeof xhr.responseText === 'string' ? xhr.responseText : '');
      reportSession(xhr, options.url, body);
      if (status >= 200 && status < 300) resolve({ kind: 'done', status, body });
      else if (REFUSALS.has(status)) resolve({ kind: 'refused', status, body });
      else resolve({ kind: 'failed', status });
    };
    const form = new FormData();
    form.append(options.field, options.file, options.file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}
