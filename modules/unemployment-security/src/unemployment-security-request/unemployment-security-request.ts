import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  fetchJson,
  formatMessage,
  LocaleTopic,
  PageTopic,
  portalBus,
  TopicController,
  type Locale,
} from '@portal/shared-contracts';
import {
  ClarificationRequestSchema,
  UNEMPLOYMENT_SECURITY_PATHS,
  type Answer,
  type ClarificationRequest,
} from '@portal/shared-contracts/unemployment-security';
import { AREA, DEFAULT_BASE_PATH } from '../kit/area.js';
import { attachmentLinks } from '../kit/attachments.js';
import { followInternalLink, formatDate, formatDateTime, ItemLoadState, readCurrent } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { contactSection, deadlineTag, isOpenState, kitText, nextStepText, stateLabel, warningText } from '../kit/kit.js';
import { areaStyles } from '../kit/styles.js';
import { messages, type MessageKey } from './unemployment-security-request.messages.js';
import { styles } from './unemployment-security-request.styles.js';

/** Where the request stands: the kit's states of a page's one item. */
export const RequestLoadState = ItemLoadState;
export type RequestLoadState = ItemLoadState;

/**
 * A request for clarification (selvityspyyntö, seed line 12): where it stands in words with what
 * happens next, the return date with the days left (or that it has passed, and that a late answer is
 * still accepted), what must be explained, the attachments asked for, who gives more information, the
 * answers and supplements sent (received when, late or not, their files as download links), and
 * what the person can do now: answer, or send more attachments.
 *
 * Reads `GET /api/unemployment-security/requests/:id`, unless the event page hands it the request it
 * already read (`request`).
 *
 * @summary A request for clarification and its answers.
 */
export class UnemploymentSecurityRequest extends LitElement {
  static override styles = [baseStyles, areaStyles, styles];
  static override properties = {
    requestId: { attribute: 'request-id' },
    basePath: { attribute: 'base-path' },
    request: { attribute: false },
    loadState: { state: true },
  };

  declare requestId: string;
  declare basePath: string;
  /** The request as read; set from outside when it was read already. */
  declare request: ClarificationRequest | undefined;
  declare loadState: RequestLoadState;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announce());
  private requested: string | undefined;

  constructor() {
    super();
    this.requestId = '';
    this.basePath = DEFAULT_BASE_PATH;
    this.request = undefined;
    this.loadState = RequestLoadState.loading;
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return formatMessage(messages[this.language][key], params);
  }

  private date(value: string): string {
    return formatDate(value, this.language);
  }

  protected override willUpdate(): void {
    if (!this.requestId || this.requested === this.requestId) return;
    if (this.request?.id === this.requestId) {
      this.requested = this.requestId;
      this.loadState = RequestLoadState.loaded;
    } else {
      void this.fetchRequest();
    }
  }

  async fetchRequest(): Promise<void> {
    this.requested = this.requestId;
    this.loadState = RequestLoadState.loading;
    const read = await readCurrent(() => this.requestId, (id) => fetchJson(UNEMPLOYMENT_SECURITY_PATHS.request(id), ClarificationRequestSchema));
    if (!read) return;
    if (read.state === 'loaded') this.request = read.item;
    this.loadState = read.state;
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('loadState')) return;
    if (this.loadState === RequestLoadState.failed) this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    if (changed.get('loadState') !== undefined) this.announce();
  }

  private get pageTitle(): string {
    const language = this.language;
    if (this.loadState === RequestLoadState.notFound) return this.t('notFoundTitle');
    if (this.loadState !== RequestLoadState.loaded || !this.request) return kitText(language, 'kind.clarification-request');
    return `${this.request.subject[language]} – ${kitText(language, 'kind.clarification-request')}`;
  }

  private announce(): void {
    if (this.hasUpdated) portalBus.publish(PageTopic, { area: AREA, title: this.pageTitle });
  }

  private backLink(): TemplateResult {
    return html`<p class="back"><a href=${this.basePath} @click=${followInternalLink}>${kitText(this.language, 'backToArea')}</a></p>`;
  }

  protected override render(): TemplateResult {
    const language = this.language;
    switch (this.loadState) {
      case RequestLoadState.loaded:
        return this.request ? this.renderRequest(this.request) : html``;
      case RequestLoadState.notFound:
        return html`<h1 tabindex="-1">${this.t('notFoundTitle')}</h1>
          <p>${this.t('notFoundText')}</p>
          ${this.backLink()}`;
      case RequestLoadState.failed:
        return html`<h1 tabindex="-1">${kitText(language, 'kind.clarification-request')}</h1>
          <div class="notice error" role="alert">
            <p>${kitText(language, 'loadFailed')}</p>
            <button class="button retry" type="button" @click=${() => void this.fetchRequest()}>${kitText(language, 'retry')}</button>
          </div>
          ${this.backLink()}`;
      default:
        return html`<h1 tabindex="-1">${kitText(language, 'kind.clarification-request')}</h1>
          <p role="status" aria-live="polite">${kitText(language, 'loading')}</p>`;
    }
  }

  private renderRequest(request: ClarificationRequest): TemplateResult {
    const language = this.language;
    return html`
      <p class="caption">${kitText(language, 'kind.clarification-request')}</p>
      <h1 tabindex="-1">${request.subject[language]}</h1>
      <p class="muted">${this.t('issuedOn', { date: this.date(request.issuedOn) })}</p>
      ${this.renderState(request)} ${this.renderActions(request)}
      <section aria-labelledby="explain-heading">
        <h2 id="explain-heading">${this.t('explainHeading')}</h2>
        ${request.explain.map((paragraph) => html`<p>${paragraph[language]}</p>`)}
      </section>
      <section aria-labelledby="required-heading">
        <h2 id="required-heading">${this.t('attachmentsHeading')}</h2>
        ${request.requiredAttachments.length > 0
          ? html`<ul class="required">
              ${request.requiredAttachments.map((item) => html`<li>${item[language]}</li>`)}
            </ul>`
          : html`<p>${this.t('noAttachments')}</p>`}
      </section>
      ${contactSection(request.contact, language, 'contact-heading')} ${this.renderAnswers(request.answers)} ${this.backLink()}
    `;
  }

  private renderState(request: ClarificationRequest): TemplateResult {
    const language = this.language;
    const open = isOpenState(request.state);
    return html`<section aria-labelledby="state-heading">
      <h2 id="state-heading">${this.t('stateHeading')}</h2>
      <dl class="facts">
        <dt>${this.t('stateLabel')}</dt>
        <dd><strong class="tag state ${open ? 'open' : ''}">${stateLabel(request.state, language)}</strong></dd>
        <dt>${kitText(language, 'returnDate')}</dt>
        <dd class="return-date">${this.date(request.returnDate)} ${open ? deadlineTag(request.daysLeft, language) : nothing}</dd>
      </dl>
      <p class="next">${nextStepText(request.state, this.date(request.returnDate), language)}</p>
    </section>`;
  }

  /** What the person can do now, with the late warning before it. Nothing when the request is closed to them. */
  private renderActions(request: ClarificationRequest): TemplateResult | typeof nothing {
    if (!request.canAnswer && !request.canSupplement) return nothing;
    const answerPath = `${this.basePath}/requests/${encodeURIComponent(request.id)}/answer`;
    const pending = request.pendingAttachments.length;
    return html`
      ${request.daysLeft < 0 ? warningText(this.t('lateWarning', { date: this.date(request.returnDate) }), this.language, 'late') : nothing}
      ${pending > 0 ? html`<p class="pending">${pending === 1 ? this.t('pendingOne') : this.t('pendingMany', { count: pending })}</p>` : nothing}
      <div class="actions">
        ${request.canAnswer
          ? html`<a class="button answer" href=${answerPath} @click=${followInternalLink}>${this.t('answer')}</a>`
          : html`<a class="button supplement" href=${answerPath} @click=${followInternalLink}>${this.t('supplement')}</a>`}
      </div>
    `;
  }

  private renderAnswers(answers: readonly Answer[]): TemplateResult {
    const language = this.language;
    return html`<section aria-labelledby="answers-heading">
      <h2 id="answers-heading">${this.t('answersHeading')}</h2>
      ${answers.length === 0
        ? html`<p>${this.t('noAnswers')}</p>`
        : html`<ul class="answers">
            ${answers.map(
              (answer) => html`<li class="answer ${answer.kind}">
                <h3>${this.t(`answerKind.${answer.kind}`)}</h3>
                <p class="received">
                  ${this.t('receivedAt', { time: formatDateTime(answer.receivedAt, language) })}
                  ${answer.late ? html`<strong class="tag late">${kitText(language, 'late')}</strong>` : nothing}
                </p>
                ${answer.late ? html`<p class="muted">${this.t('lateMark')}</p>` : nothing}
                ${answer.text ? html`<blockquote class="text pre-line">${answer.text}</blockquote>` : nothing}
                <p class="attachments-label">${this.t('sentAttachments')}</p>
                ${answer.attachments.length > 0 ? attachmentLinks(answer.attachments, language) : html`<p>${this.t('noSentAttachments')}</p>`}
              </li>`,
            )}
          </ul>`}
    </section>`;
  }
}
