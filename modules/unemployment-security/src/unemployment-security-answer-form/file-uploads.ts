import type { ReactiveControllerHost } from 'lit';
import {
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  UNEMPLOYMENT_SECURITY_PATHS,
  type Attachment,
  type AttachmentLimits,
  type ClarificationRequest,
} from '@portal/shared-contracts/unemployment-security';
import { clientRefusal, entryOf, FileStatus, type FileEntry } from './answer-model.js';
import { uploadAttachment } from './attachment-upload.js';

/** What happened to a file, for the form's polite live region. */
export type FileNews = 'announceUploaded' | 'announceRefused' | 'announceFailed' | 'announceRemoved' | 'removeFailed';

export interface FileUploadsOptions {
  /** The request the files are for (its id, its limits); undefined until it is read. */
  readonly request: () => ClarificationRequest | undefined;
  /** Says what happened to a file (at once, politely); `reason` is a refusal's words. */
  readonly say: (news: FileNews, entry: FileEntry, reason?: string) => void;
  /** An error code in the form's words, with the limits it speaks of. */
  readonly errorWords: (code: string) => string;
  /** The request no longer takes files: its state changed, and the page should say so. */
  readonly closed: () => void;
  /** After a Remove: focus goes back to the file input. */
  readonly focusInput: () => void;
}

/**
 * The files of an answer, for the form that holds them (its host, updated on every change): each chosen file checked against the limits and, if
 * it passes, uploaded at once as its own request with its own Idempotency-Key and progress; a
 * refused file says why, an interrupted one can be retried with the same key (so a retry after a
 * dropped connection never stores a file twice); Remove deletes an uploaded file on the server.
 */
export class FileUploads {
  /** The files of this answer, in the order chosen. */
  files: readonly FileEntry[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FileUploadsOptions,
  ) {}

  /** The files the server holds for the request (uploaded before a reload), listed again. */
  reset(pending: readonly Attachment[] = []): void {
    this.set(pending.map(entryOf));
  }

  /**
   * The request was read again: its pending files are listed, the ones being handled here kept, and
   * an uploaded one the server no longer holds (removed elsewhere) dropped.
   */
  merge(pending: readonly Attachment[]): void {
    const held = new Set(pending.map((a) => a.id));
    const known = new Set(this.files.flatMap((entry) => (entry.attachment ? [entry.attachment.id] : [])));
    const kept = this.files.filter(
      (entry) => entry.status !== FileStatus.done || (entry.attachment !== undefined && held.has(entry.attachment.id)),
    );
    this.set([...kept, ...pending.filter((a) => !known.has(a.id)).map(entryOf)]);
  }

  /** The files uploaded and not removed, in the order shown. */
  get uploaded(): Attachment[] {
    return this.files.flatMap((entry) => (entry.status === FileStatus.done && entry.attachment ? [entry.attachment] : []));
  }

  /** Files chosen in the input: each is checked against the limits and, if it passes, uploaded at once. */
  choose(input: HTMLInputElement): void {
    const chosen = [...(input.files ?? [])];
    // Emptied, so that the same file can be chosen again after a Remove.
    input.value = '';
    for (const file of chosen) this.add(file);
  }

  /** Adds one file. */
  add(file: File): void {
    const limits: AttachmentLimits | undefined = this.options.request()?.limits;
    if (!limits) return;
    const code = clientRefusal(file.size, this.files, limits);
    const entry: FileEntry = {
      localId: crypto.randomUUID(),
      name: file.name,
      size: file.size,
      status: code ? FileStatus.refused : FileStatus.uploading,
      loaded: 0,
      key: crypto.randomUUID(),
      file,
      code,
    };
    this.set([...this.files, entry]);
    if (code) this.options.say('announceRefused', entry, this.options.errorWords(code));
    else void this.upload(entry.localId);
  }

  /** Uploads (or uploads again, with the same key) one file. */
  async upload(localId: string): Promise<void> {
    const entry = this.entry(localId);
    const request = this.options.request();
    if (!entry?.file || !request) return;
    this.patch(localId, { status: FileStatus.uploading, loaded: 0, code: undefined });
    const outcome = await uploadAttachment({
      url: UNEMPLOYMENT_SECURITY_PATHS.requestAttachments(request.id),
      file: entry.file,
      key: entry.key,
      onProgress: (loaded) => this.patch(localId, { loaded: Math.min(loaded, entry.size) }),
    }).done;
    if (!this.entry(localId)) return;
    switch (outcome.kind) {
      case 'done':
        this.uploadedAs(localId, outcome.attachment);
        break;
      case 'refused':
        this.patch(localId, { status: FileStatus.refused, code: outcome.code });
        this.options.say('announceRefused', entry, this.options.errorWords(outcome.code));
        if (outcome.code === E.requestClosed) this.options.closed();
        break;
      default:
        this.patch(localId, { status: FileStatus.failed });
        this.options.say('announceFailed', entry);
    }
  }

  /**
   * Removes a file: an uploaded one is deleted on the server first (it stays listed, with a note, if
   * that fails); a refused or interrupted one is only here.
   */
  async remove(localId: string): Promise<void> {
    const entry = this.entry(localId);
    if (!entry || entry.status === FileStatus.removing || entry.status === FileStatus.uploading) return;
    if (entry.attachment) {
      this.patch(localId, { status: FileStatus.removing, removeFailed: false });
      if (!(await deleteAttachment(entry.attachment.id))) {
        this.patch(localId, { status: FileStatus.done, removeFailed: true });
        this.options.say('removeFailed', entry);
        return;
      }
    }
    this.set(this.files.filter((other) => other.localId !== localId));
    this.options.say('announceRemoved', entry);
    await this.host.updateComplete;
    this.options.focusInput();
  }

  private uploadedAs(localId: string, attachment: Attachment): void {
    // A refresh meanwhile may have listed it already: one row per stored file.
    const twin = this.files.find((other) => other.localId !== localId && other.attachment?.id === attachment.id);
    if (twin) this.set(this.files.filter((other) => other.localId !== twin.localId));
    this.patch(localId, {
      status: FileStatus.done,
      loaded: attachment.size,
      attachment,
      size: attachment.size,
      name: attachment.fileName,
      file: undefined,
    });
    const entry = this.entry(localId);
    if (entry) this.options.say('announceUploaded', entry);
  }

  private entry(localId: string): FileEntry | undefined {
    return this.files.find((entry) => entry.localId === localId);
  }

  private patch(localId: string, change: Partial<FileEntry>): void {
    this.set(this.files.map((entry) => (entry.localId === localId ? { ...entry, ...change } : entry)));
  }

  private set(files: readonly FileEntry[]): void {
    this.files = files;
    this.host.requestUpdate();
  }
}

/** DELETE of a pending attachment; one already gone (404) is removed as well. */
async function deleteAttachment(id: string): Promise<boolean> {
  try {
    const response = await fetch(UNEMPLOYMENT_SECURITY_PATHS.attachment(id), {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    return response.ok || response.status === 404;
  } catch {
    return false;
  }
}
