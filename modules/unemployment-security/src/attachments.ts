import { html, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import type { Attachment, AttachmentMediaType } from '@portal/shared-contracts/unemployment-security';
import { formatFileSize } from './file-size.js';

const TYPE_NAMES: Readonly<Record<AttachmentMediaType, string>> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** "PDF, 1,2 Mt": what a file is and how big, beside its name. */
export function fileFacts(attachment: Pick<Attachment, 'mediaType' | 'size'>, locale: Locale): string {
  return `${TYPE_NAMES[attachment.mediaType]}, ${formatFileSize(attachment.size, locale)}`;
}

/**
 * Files that were sent, each a download link (the server answers with `Content-Disposition:
 * attachment`, so it is saved, not opened in place of the portal) with its type and size.
 */
export function attachmentLinks(attachments: readonly Attachment[], locale: Locale): TemplateResult {
  return html`<ul class="attachments">
    ${attachments.map(
      (attachment) => html`<li>
        <a href=${attachment.href} download=${attachment.fileName}>${attachment.fileName}</a>
        <span class="muted">(${fileFacts(attachment, locale)})</span>
      </li>`,
    )}
  </ul>`;
}
