import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerReceipt, Attachment, ClarificationRequest } from '@portal/shared-contracts/unemployment-security';
import { multiline, receiptPanel, summaryList, type SummaryRow } from '@portal/ui-kit/form';
import type { LocaleController } from '@portal/ui-kit/page';
import { attachmentLinks, fileFacts } from '../../attachments.js';
import { nextStepText, stateLabel } from '../../request-text.js';
import type { MessageKey } from '../unemployment-security-answer-form.messages.js';

// The answer as the check step lists it, and the receipt: what was received, when, and what next.

type Words = LocaleController<MessageKey>;

/** The files of the answer as a list of names with type and size, or "no files". */
function fileList(attachments: readonly Attachment[], i18n: Words): TemplateResult | string {
  if (attachments.length === 0) return i18n.t('noFiles');
  return html`<ul class="sent-files">
    ${attachments.map((attachment) => html`<li>${attachment.fileName} <span class="muted">(${fileFacts(attachment, i18n.language)})</span></li>`)}
  </ul>`;
}

export interface CheckRows {
  /** The text, for a first answer; none for a supplement. */
  readonly text: string | undefined;
  readonly attachments: readonly Attachment[];
  /** A row's Change: back to the field of the path. */
  readonly change: (path: string) => (() => void) | undefined;
  readonly textPath: string;
  readonly filesPath: string;
}

/** The check step's list: the text (a first answer only) and the files, each with Change. */
export function checkSummary(o: CheckRows, i18n: Words): TemplateResult {
  const rows: SummaryRow[] = [];
  if (o.text !== undefined) rows.push({ key: i18n.t('rowText'), value: multiline(o.text), onChange: o.change(o.textPath) });
  rows.push({ key: i18n.t('rowFiles'), value: fileList(o.attachments, i18n), onChange: o.change(o.filesPath) });
  return summaryList(rows, i18n.language);
}

/** The receipt: the panel, a late answer's mark, what was sent, and where the request stands now. */
export function answerReceipt(
  receipt: AnswerReceipt,
  supplement: boolean,
  request: ClarificationRequest | undefined,
  i18n: Words,
): TemplateResult {
  const language = i18n.language;
  const answer = receipt.answer;
  const rows: SummaryRow[] = [];
  if (answer.text !== null) rows.push({ key: i18n.t('rowText'), value: multiline(answer.text) });
  rows.push({
    key: i18n.t('rowFiles'),
    value: answer.attachments.length > 0 ? attachmentLinks(answer.attachments, language) : i18n.t('noFiles'),
  });
  return html`
    ${receiptPanel(i18n.t(supplement ? 'receiptHeadingSupplement' : 'receiptHeading'), i18n.t('receivedAt', { time: i18n.dateTime(answer.receivedAt) }))}
    ${answer.late ? html`<p class="late-mark with-tag"><strong class="tag late">${i18n.t('late')}</strong> ${i18n.t('receiptLate')}</p>` : nothing}
    ${summaryList(rows, language)}
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">${i18n.t('nextHeading')}</h2>
      <p>${i18n.t('stateNow', { state: stateLabel(receipt.requestState, language) })}</p>
      <p class="next">${nextStepText(receipt.requestState, request ? i18n.date(request.returnDate) : '', language)}</p>
    </section>
  `;
}
