import { validate, type ValidationIssue } from '@portal/shared-contracts';
import {
  AnswerRequestSchema,
  ANSWER_TEXT_MAX,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  type AnswerRequest,
  type Attachment,
  type AttachmentLimits,
  type ClarificationRequest,
} from '@portal/shared-contracts/unemployment-security';
import { FORM_ERRORS } from './answer-errors.messages.js';
import { errorsFromIssues, type FieldErrors } from '@portal/ui-kit/form';

// The answer form without the DOM: the mode, the files as the form holds them, the checks before an
// upload and before sending, and the draft read back.

/** Answer (text and files), supplement (files only), or neither: the request is not open to the person. */
export const AnswerMode = { answer: 'answer', supplement: 'supplement', closed: 'closed' } as const;
export type AnswerMode = (typeof AnswerMode)[keyof typeof AnswerMode];

export function modeOf(request: Pick<ClarificationRequest, 'canAnswer' | 'canSupplement'>): AnswerMode {
  if (request.canAnswer) return AnswerMode.answer;
  return request.canSupplement ? AnswerMode.supplement : AnswerMode.closed;
}

/** The issue paths in page order: the error summary's order. */
export const TEXT_PATH = 'text';
export const FILES_PATH = 'attachmentIds';
export const FIELD_ORDER: readonly string[] = [TEXT_PATH, FILES_PATH];

export const FileStatus = {
  uploading: 'uploading',
  done: 'done',
  /** Refused by the server or, at once, by the limits: not to be sent again as it is. */
  refused: 'refused',
  /** No answer or a server error: the Retry button sends it again with the same key. */
  failed: 'failed',
  removing: 'removing',
} as const;
export type FileStatus = (typeof FileStatus)[keyof typeof FileStatus];

/** One file of the answer as the form holds it. */
export interface FileEntry {
  /** The form's own id for it (its element ids); the server's is `attachment.id`. */
  readonly localId: string;
  readonly name: string;
  readonly size: number;
  readonly status: FileStatus;
  /** Bytes sent while uploading. */
  readonly loaded: number;
  /** The upload's Idempotency-Key: kept for every retry of this file. */
  readonly key: string;
  /** The chosen file, for a retry; none for a file uploaded before a reload (it is on the server). */
  readonly file?: File | undefined;
  /** What the server stored, once uploaded. */
  readonly attachment?: Attachment | undefined;
  /** Why it was refused (an error code). */
  readonly code?: string | undefined;
  /** The last Remove did not get through. */
  readonly removeFailed?: boolean | undefined;
}

/** A file the server holds for the request (uploaded, not yet sent): after a reload it is listed again. */
export function entryOf(attachment: Attachment): FileEntry {
  return {
    localId: attachment.id,
    name: attachment.fileName,
    size: attachment.size,
    status: FileStatus.done,
    loaded: attachment.size,
    key: attachment.id,
    attachment,
  };
}

/** Files that take up room in the answer: all but the refused. */
const counted = (entries: readonly FileEntry[]): FileEntry[] => entries.filter((entry) => entry.status !== FileStatus.refused);

/**
 * What the limits say of a file before it is sent, so the person hears at once rather than after an
 * upload of minutes: empty, larger than a file may be, one file too many, or too much for one answer.
 * The server judges again (and alone judges the content's type).
 */
export function clientRefusal(size: number, entries: readonly FileEntry[], limits: AttachmentLimits): string | undefined {
  if (size === 0) return E.fileEmpty;
  if (size > limits.maxFileBytes) return E.fileTooLarge;
  const others = counted(entries);
  if (others.length >= limits.maxFiles) return E.attachmentsTooMany;
  const total = others.reduce((sum, entry) => sum + entry.size, 0);
  if (total + size > limits.maxAnswerBytes) return E.answerTooLarge;
  return undefined;
}

/** The ids of the uploaded files, in the order shown. */
export function uploadedIds(entries: readonly FileEntry[]): string[] {
  return entries.flatMap((entry) => (entry.status === FileStatus.done && entry.attachment ? [entry.attachment.id] : []));
}

/**
 * The answer checked and made into the request: text required for a first answer (at most
 * ANSWER_TEXT_MAX, by the contract's schema), a file at least for a supplement, and every file either
 * uploaded or removed (nothing is left out of an answer without the person knowing).
 */
export function validateAnswer(
  mode: AnswerMode,
  text: string,
  entries: readonly FileEntry[],
  limits: AttachmentLimits,
): { ok: true; request: AnswerRequest } | { ok: false; errors: FieldErrors } {
  const issues: ValidationIssue[] = [];
  if (mode === AnswerMode.answer && text.trim() === '') issues.push({ path: TEXT_PATH, message: E.textRequired });
  const ids = uploadedIds(entries);
  if (entries.some((entry) => entry.status !== FileStatus.done)) {
    issues.push({ path: FILES_PATH, message: FORM_ERRORS.attachmentsNotReady });
  } else if (mode === AnswerMode.supplement && ids.length === 0) {
    issues.push({ path: FILES_PATH, message: E.attachmentsRequired });
  } else if (ids.length > limits.maxFiles) {
    issues.push({ path: FILES_PATH, message: E.attachmentsTooMany });
  }
  const request: Record<string, unknown> = { attachmentIds: ids };
  if (mode === AnswerMode.answer) request['text'] = text;
  const result = validate(AnswerRequestSchema, request);
  if (result.ok && issues.length === 0) return { ok: true, request: result.value };
  return { ok: false, errors: errorsFromIssues([...issues, ...(result.ok ? [] : result.issues)]) };
}

/**
 * The draft's key for a request's answer: `unemployment-security.answer-<id>` (DraftKeySchema allows
 * lower-case letters, digits and dashes after the dot; an id is a UUID).
 */
export function draftKeyOf(requestId: string): string {
  return `unemployment-security.answer-${requestId.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`.slice(0, 100);
}

/** A saved draft's text, if it is one: a string no longer than twice the limit (longer is not ours). */
export function draftText(draft: Record<string, unknown> | undefined): string | undefined {
  const text = draft?.['text'];
  return typeof text === 'string' && text.trim() !== '' && text.length <= ANSWER_TEXT_MAX * 2 ? text : undefined;
}
