import { ApiErrorSchema, validate } from '@portal/shared-contracts';
import { uploadFile } from '@portal/ui-kit/form';
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

/**
 * Uploads one file as its own request (POST multipart, field `file`, with the file's
 * Idempotency-Key) through the kit's `uploadFile` (XMLHttpRequest, for its progress), and reads the
 * answer as this area's contract says. Never throws: every ending is an `UploadOutcome`.
 */
export function uploadAttachment(options: UploadOptions): Upload {
  const upload = uploadFile({ ...options, field: ATTACHMENT_FIELD });
  const done = upload.done.then((outcome): UploadOutcome => {
    if (outcome.kind === 'failed') return outcome;
    if (outcome.kind === 'refused') return { kind: 'refused', status: outcome.status, code: refusalCode(outcome.status, outcome.body) };
    const attachment = attachmentOf(outcome.body);
    // A success that does not fit the contract: the retry with the same key gets the same file's answer again.
    return attachment ? { kind: 'done', attachment } : { kind: 'failed', status: outcome.status };
  });
  return { done, abort: upload.abort };
}
