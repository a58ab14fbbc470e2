import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ApiErrorSchema, INTL_LOCALE, validate, type Locale } from '@portal/shared-contracts';
import { STARTUP_GRANT_PATHS } from '@portal/shared-contracts/startup-grant';
import { ATTACHMENT_FIELD, AttachmentSchema, type Attachment } from '@portal/shared-contracts/unemployment-security';
import { describedBy, fieldError, fieldId, hintText, uploadFile } from '@portal/ui-kit/form';

// The person's files for an application, a supplement answer or a tax card: each chosen file uploaded
// at once through the kit's `uploadFile`, with its own Idempotency-Key (a retry never stores it twice),
// checked by its content on the server like the answers to requests for clarification; a refused file
// says why beside the field; Remove deletes an uploaded one. The files are pending on the server until
// sent with what they belong to, so a reload or a timeout loses none.

/** How a file's upload stands. */
export type FileState =
  | { readonly kind: 'uploading'; readonly name: string; readonly key: string }
  | { readonly kind: 'refused'; readonly name: string; readonly code: string }
  | { readonly kind: 'failed'; readonly name: string; readonly key: string; readonly file: File };

/** The refusal code of an upload's answer (the `file` issue the server names), else by status. */
export function refusalCode(status: number, body: unknown): string {
  const parsed = validate(ApiErrorSchema, body);
  const issue = parsed.ok ? (parsed.value.error.details ?? []).find((detail) => detail.path === ATTACHMENT_FIELD) : undefined;
  if (issue) return issue.message;
  return status === 413 ? 'file.too-large' : status === 415 ? 'file.type' : 'file.refused';
}

/** The files of one form: those uploaded (`attachments`) and those on their way or refused (`states`). */
export class FileList {
  attachments: readonly Attachment[] = [];
  states: readonly FileState[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called with the uploaded files whenever they change (the form keeps their ids). */
    private readonly changed: (attachments: readonly Attachment[]) => void,
  ) {}

  reset(attachments: readonly Attachment[]): void {
    this.attachments = attachments;
    this.states = [];
    this.host.requestUpdate();
  }

  get busy(): boolean {
    return this.states.some((state) => state.kind === 'uploading');
  }

  choose(input: HTMLInputElement): void {
    const chosen = [...(input.files ?? [])];
    // Emptied, so that the same file can be chosen again after a Remove.
    input.value = '';
    for (const file of chosen) void this.upload(file, crypto.randomUUID());
  }

  async upload(file: File, key: string): Promise<void> {
    this.setStates([...this.states.filter((state) => !('key' in state) || state.key !== key), { kind: 'uploading', name: file.name, key }]);
    const outcome = await uploadFile({ url: STARTUP_GRANT_PATHS.attachments, file, key, field: ATTACHMENT_FIELD }).done;
    const others = this.states.filter((state) => !('key' in state) || state.key !== key);
    if (outcome.kind === 'done') {
      const parsed = validate(AttachmentSchema, outcome.body);
      if (parsed.ok) {
        this.setStates(others);
        if (!this.attachments.some((a) => a.id === parsed.value.id)) this.setAttachments([...this.attachments, parsed.value]);
        return;
      }
    }
    if (outcome.kind === 'refused') {
      this.setStates([...others, { kind: 'refused', name: file.name, code: refusalCode(outcome.status, outcome.body) }]);
      return;
    }
    this.setStates([...others, { kind: 'failed', name: file.name, key, file }]);
  }

  async remove(id: string): Promise<boolean> {
    try {
      const response = await fetch(STARTUP_GRANT_PATHS.attachment(id), {
        method: 'DELETE',
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      // One already gone (404) is gone here too.
      if (!response.ok && response.status !== 404) return false;
    } catch {
      return false;
    }
    this.setAttachments(this.attachments.filter((a) => a.id !== id));
    return true;
  }

  dismiss(index: number): void {
    this.setStates(this.states.filter((_, i) => i !== index));
  }

  private setAttachments(attachments: readonly Attachment[]): void {
    this.attachments = attachments;
    this.changed(attachments);
    this.host.requestUpdate();
  }

  private setStates(states: readonly FileState[]): void {
    this.states = states;
    this.host.requestUpdate();
  }
}

/** The words the file field needs, in the person's language. */
export interface FileFieldWords {
  readonly label: string;
  readonly hint: string;
  readonly remove: string;
  readonly uploading: string;
  readonly retry: string;
  readonly dismiss: string;
  readonly failed: string;
  readonly refused: (code: string) => string;
}

/** A file's size in kilobytes or megabytes, in the person's language's number format. */
export function fileSize(bytes: number, language: Locale): string {
  const kb = bytes / 1024;
  const format = new Intl.NumberFormat(INTL_LOCALE[language], { maximumFractionDigits: kb < 1024 ? 0 : 1 });
  return kb < 1024 ? `${format.format(Math.max(1, kb))} kB` : `${format.format(kb / 1024)} MB`;
}

/**
 * The file input with its label, hint and error (the form's, at `path`), the uploaded files with
 * Remove, and those on their way, refused (why) or interrupted (Retry).
 */
export function fileField(o: {
  readonly path: string;
  readonly list: FileList;
  readonly words: FileFieldWords;
  readonly language: Locale;
  readonly error?: string | undefined;
}): TemplateResult {
  const id = fieldId(o.path);
  const { list, words } = o;
  return html`<div class="field files ${o.error ? 'has-error' : ''}">
    <label for=${id}>${words.label}</label>
    ${hintText(id, words.hint)} ${fieldError(id, o.error, o.language)}
    <input
      id=${id}
      class="file-input"
      type="file"
      multiple
      accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
      aria-describedby=${describedBy(`${id}-hint`, o.error ? `${id}-error` : undefined)}
      @change=${(event: Event) => list.choose(event.target as HTMLInputElement)}
    />
    ${
      list.attachments.length === 0 && list.states.length === 0
        ? nothing
        : html`<ul class="file-list" aria-live="polite">
          ${list.attachments.map(
            (a) => html`<li class="file done">
              <span class="file-name">${a.fileName}</span> <span class="file-size">(${fileSize(a.size, o.language)})</span>
              <button class="link remove" type="button" @click=${() => void list.remove(a.id)}>
                ${words.remove}<span class="visually-hidden"> ${a.fileName}</span>
              </button>
            </li>`,
          )}
          ${list.states.map((state, index) => {
            if (state.kind === 'uploading') return html`<li class="file uploading">${state.name}: ${words.uploading}</li>`;
            if (state.kind === 'refused') {
              return html`<li class="file refused">
                <strong>${state.name}:</strong> ${words.refused(state.code)}
                <button class="link" type="button" @click=${() => list.dismiss(index)}>${words.dismiss}</button>
              </li>`;
            }
            return html`<li class="file failed">
              <strong>${state.name}:</strong> ${words.failed}
              <button class="link" type="button" @click=${() => void list.upload(state.file, state.key)}>${words.retry}</button>
            </li>`;
          })}
        </ul>`
    }
  </div>`;
}
