import { html, nothing, type TemplateResult } from 'lit';
import { INTL_LOCALE } from '@portal/shared-contracts';
import type { ClarificationRequest } from '@portal/shared-contracts/unemployment-security';
import { describedBy, fieldError, fieldId, hintText } from '@portal/ui-kit/form';
import type { LocaleController } from '@portal/ui-kit/page';
import { fileFacts } from '../../attachments.js';
import { formatFileSize } from '../../file-size.js';
import { FILES_PATH, FileStatus, type FileEntry } from '../answer-model.js';
import type { FileUploads } from '../file-uploads.js';
import type { MessageKey } from '../unemployment-security-answer-form.messages.js';

// The answer's attachments on the edit step: what the request asks for, the file input, and each
// file with its state (progress, refused with why, interrupted with Retry, uploaded with Remove).

/** What the file input takes: the types by extension and by media type, so every picker offers them. */
export const FILE_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export interface FileFieldContext {
  readonly i18n: LocaleController<MessageKey>;
  readonly uploads: FileUploads;
  /** The field's error in words, if any. */
  readonly error: string | undefined;
  /** An error code in words, with the limits it speaks of. */
  readonly errorWords: (code: string) => string;
}

/** The attachments' field: the checklist, the limits, the file input and the files chosen. */
export function fileField(request: ClarificationRequest, o: FileFieldContext): TemplateResult {
  const { i18n, error } = o;
  const language = i18n.language;
  const id = fieldId(FILES_PATH);
  const limits = request.limits;
  const required = request.requiredAttachments;
  const files = o.uploads.files;
  return html`<section class="field files-field ${error ? 'has-error' : ''}" aria-labelledby="attachments-heading">
    <h2 id="attachments-heading">${i18n.t('attachmentsHeading')}</h2>
    ${
      required.length > 0
        ? html`<div id="${id}-checklist">
          <p class="checklist-title">${i18n.t('checklistTitle')}</p>
          <ul class="checklist">
            ${required.map((item) => html`<li>${item[language]}</li>`)}
          </ul>
        </div>`
        : html`<p>${i18n.t('noChecklist')}</p>`
    }
    ${hintText(
      id,
      i18n.t('fileHint', {
        size: formatFileSize(limits.maxFileBytes, language),
        total: formatFileSize(limits.maxAnswerBytes, language),
        count: limits.maxFiles,
      }),
    )}
    ${fieldError(id, error, language)}
    <div class="file-picker">
      <label for=${id} class="file-button">${i18n.t('fileLabel')}</label>
      <input
        id=${id}
        name=${id}
        type="file"
        multiple
        accept=${FILE_ACCEPT}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy(required.length > 0 ? `${id}-checklist` : undefined, `${id}-hint`, error ? `${id}-error` : undefined)}
        @change=${(event: Event) => o.uploads.choose(event.target as HTMLInputElement)}
      />
    </div>
    ${
      files.length > 0
        ? html`<h3 id="files-heading">${i18n.t('filesHeading')}</h3>
          <ul class="files" aria-labelledby="files-heading">
            ${files.map((entry) => fileRow(entry, o))}
          </ul>`
        : nothing
    }
  </section>`;
}

function percent(entry: FileEntry, o: FileFieldContext): string {
  const share = entry.size > 0 ? Math.min(1, entry.loaded / entry.size) : 0;
  return new Intl.NumberFormat(INTL_LOCALE[o.i18n.language], { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(share * 100) / 100,
  );
}

function fileStatus(entry: FileEntry, id: string, o: FileFieldContext): TemplateResult | typeof nothing {
  const { i18n } = o;
  switch (entry.status) {
    case FileStatus.uploading:
      return html`<progress id="${id}-progress" max=${entry.size} .value=${entry.loaded} aria-label=${i18n.t('progressLabel', { name: entry.name })}></progress>
        <p class="file-status" aria-hidden="true">${i18n.t('uploading', { percent: percent(entry, o) })}</p>`;
    case FileStatus.refused:
      return fieldError(id, o.errorWords(entry.code ?? ''), i18n.language);
    case FileStatus.failed:
      return fieldError(id, i18n.t('uploadFailed'), i18n.language);
    case FileStatus.removing:
      return html`<p class="file-status">${i18n.t('removing')}</p>`;
    default:
      return html`<p class="file-status ok"><span aria-hidden="true">✓ </span>${i18n.t('uploaded')}</p>
        ${entry.removeFailed ? fieldError(id, i18n.t('removeFailed'), i18n.language) : nothing}`;
  }
}

function fileRow(entry: FileEntry, o: FileFieldContext): TemplateResult {
  const { i18n, uploads } = o;
  const id = `file-${entry.localId}`;
  const named = (label: string): TemplateResult => html`${label}<span class="visually-hidden"> ${entry.name}</span>`;
  const facts = entry.attachment ? fileFacts(entry.attachment, i18n.language) : formatFileSize(entry.size, i18n.language);
  return html`<li class="file ${entry.status}" id=${id}>
    <p class="file-name">${entry.name} <span class="muted">(${facts})</span></p>
    ${fileStatus(entry, id, o)}
    ${
      entry.status === FileStatus.uploading
        ? nothing
        : html`<div class="file-actions">
          ${
            entry.status === FileStatus.failed && entry.file
              ? html`<button class="button small retry-upload" type="button" @click=${() => void uploads.upload(entry.localId)}>${named(i18n.t('retryUpload'))}</button>`
              : nothing
          }
          <button
            class="button small secondary remove"
            type="button"
            ?disabled=${entry.status === FileStatus.removing}
            @click=${() => void uploads.remove(entry.localId)}
          >
            ${named(i18n.t('remove'))}
          </button>
        </div>`
    }
  </li>`;
}
