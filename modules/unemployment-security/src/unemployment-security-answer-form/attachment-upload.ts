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
import {
  ATTACHMENT_FIELD,
  AttachmentSchema,
  UNEMPLOYMENT_SECURITY_ERRORS,
  type Attachment,
} from '@portal/shared-contracts/unemployment-security';
import { FORM_ERRORS } from './answer-errors.messages.js';

/** How one upload ended. */
export type UploadOutcome =
  /** Stored as a pending attachment of the request. */
  | { readonly kind: 'done'; readonly attachment: Attachment }
  /**
   * The server will not take this file (400/413/415), or the request no longer takes files (409):
   * sending it again would be refused again. `code` is one of UNEMPLOYMENT_SECURITY_ERRORS, or
   * `file.refused` when the answer names none the form knows.
   */
  | { readonly kind: 'refused'; readonly status: number; readonly code: string }
  /** No answer (status 0: the network, a backend restart), a 5xx, a lost session or a garbled answer: worth a retry with the same key. */
  | { readonly kind: 'failed'; readonly status: number };

export interface UploadOptions {
  readonly url: string;
  readonly file: File;
  /** The file's own Idempotency-Key: the same on every retry, so the server stores it once. */
  readonly key: string;
  /** Bytes sent so far, of `total` (the request body, a little more than the file). */
  readonly onProgress?: (loaded: number, total: number) => void;
}

export interface Upload {
  readonly done: Promise<UploadOutcome>;
  readonly abort: () => void;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(UNEMPLOYMENT_SECURITY_ERRORS));

/** Refusals by status alone, for an answer without a body (a proxy's plain 413, say). */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  413: UNEMPLOYMENT_SECURITY_ERRORS.fileTooLarge,
  415: UNEMPLOYMENT_SECURITY_ERRORS.fileType,
  409: UNEMPLOYMENT_SECURITY_ERRORS.requestClosed,
};

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/**
 * The code of a refusal: the first issue of the error body's `details` that the form knows, the
 * `file` field's first; else what the status alone says; else `file.refused`.
 */
export function refusalCode(status: number, body: unknown): string {
  const parsed = validate(ApiErrorSchema, body);
  const details = parsed.ok ? (parsed.value.error.details ?? []) : [];
  const known = details.filter((issue) => KNOWN_CODES.has(issue.message));
  const chosen = known.find((issue) => issue.path === ATTACHMENT_FIELD) ?? known[0];
  return chosen?.message ?? CODE_BY_STATUS[status] ?? FORM_ERRORS.fileRefused;
}

/** The uploaded attachment from a success's body (the contract's Attachment), or undefined for a garbled answer. */
function attachmentOf(body: unknown): Attachment | undefined {
  const parsed = validate(AttachmentSchema, body);
  return parsed.ok ? parsed.value : undefined;
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

/**
 * Uploads one file as its own request (POST multipart, field `file`, with the file's
 * Idempotency-Key), through XMLHttpRequest because fetch reports no upload progress. Never throws:
 * every ending is an `UploadOutcome`.
 *
 * Same-origin like every call of the portal: the session cookie goes along (XHR's default,
 * `withCredentials` false, sends cookies to the own origin only), and the browser adds the
 * `Origin` and `Sec-Fetch-Site` headers the backend's cross-site request check reads.
 */
export function uploadAttachment(options: UploadOptions): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
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
      if (status >= 200 && status < 300) {
        const attachment = attachmentOf(body);
        // A success that does not fit the contract: the retry with the same key gets the same file's answer again.
        resolve(attachment ? { kind: 'done', attachment } : { kind: 'failed', status });
      } else if (status === 400 || status === 413 || status === 415 || status === 409) {
        resolve({ kind: 'refused', status, code: refusalCode(status, body) });
      } else {
        resolve({ kind: 'failed', status });
      }
    };
    const form = new FormData();
    form.append(ATTACHMENT_FIELD, options.file, options.file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}
