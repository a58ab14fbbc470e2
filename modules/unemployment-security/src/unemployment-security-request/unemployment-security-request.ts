import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, PageTopic, portalBus } from '@portal/shared-contracts';
import {
  ClarificationRequestSchema,
  UNEMPLOYMENT_SECURITY_PATHS,
  type Answer,
  type ClarificationRequest,
} from '@portal/shared-contracts/unemployment-security';
import {
  focusRetryOnFailure,
  followInternalLink,
  helsinkiToday,
  LoadController,
  LoadState,
  loadView,
  LocaleController,
} from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { attachmentLinks } from '../attachments.js';
import { contactSection } from '../contact.js';
import { returnDateTag } from '../deadlines.js';
import { isOpenState, nextStepText, stateLabel } from '../request-text.js';
import { warningText } from '../warning-text.js';
import { messages } from './unemployment-security-request.messages.js';
import { styles } from './unemployment-security-request.styles.js';

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
  };

  declare requestId: string;
  declare basePath: string;
  /** The request when it was read already (the event page hands it over); else this page reads it. */
  declare request: ClarificationRequest | undefined;

  private readonly i18n = new LocaleController(this, messages, { changed: () => this.announce() });
  private readonly read = new LoadController(this, {
    args: () => (this.requestId ? ([this.requestId] as const) : undefined),
    task: ([id], signal) => fetchJson(UNEMPLOYMENT_SECURITY_PATHS.request(id), ClarificationRequestSchema, { signal }),
    settled: (state) => {
      this.retryFocus(state);
      this.announce();
    },
  });
  private readonly retryFocus = focusRetryOnFailure(this);

  constructor() {
    super();
    this.requestId = '';
    this.basePath = DEFAULT_BASE_PATH;
    this.request = undefined;
  }

  /** Where the request stands: loading, loaded, not found or failed. */
  get loadState(): LoadState {
    return this.read.state;
  }

  protected override willUpdate(): void {
    // Handed the request it shows: nothing to read.
    if (this.request && this.request.id === this.requestId && this.read.value !== this.request) this.read.set(this.request);
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  private get pageTitle(): string {
    const kind = this.i18n.t('kind.clarification-request');
    if (this.loadState === LoadState.notFound) return this.i18n.t('notFoundTitle');
    const request = this.read.value;
    if (this.loadState !== LoadState.loaded || !request) return kind;
    return `${request.subject[this.i18n.language]} – ${kind}`;
  }

  private announce(): void {
    if (this.hasUpdated) portalBus.publish(PageTopic, { area: AREA, title: this.pageTitle });
  }

  private backLink(): TemplateResult {
    return html`<p class="back"><a href=${this.basePath} @click=${followInternalLink}>${this.i18n.t('backToArea')}</a></p>`;
  }

  protected override render(): TemplateResult {
    const state = this.loadState;
    const request = this.read.value;
    if (state === LoadState.loaded) return request ? this.renderRequest(request) : html``;
    const t = this.i18n.t.bind(this.i18n);
    return html`<h1 tabindex="-1">${t(state === LoadState.notFound ? 'notFoundTitle' : 'kind.clarification-request')}</h1>
      ${state === LoadState.notFound ? html`<p>${t('notFoundText')}</p>` : loadView(this.read, { loading: t('loading'), failed: t('loadFailed'), retry: t('retry') }, () => nothing)}
      ${state === LoadState.notFound || state === LoadState.failed ? this.backLink() : nothing}`;
  }

  private renderRequest(request: ClarificationRequest): TemplateResult {
    const language = this.i18n.language;
    return html`
      <p class="caption">${this.i18n.t('kind.clarification-request')}</p>
      <h1 tabindex="-1">${request.subject[language]}</h1>
      <p class="muted">${this.i18n.t('issuedOn', { date: this.i18n.date(request.issuedOn) })}</p>
      ${this.renderState(request)} ${this.renderActions(request)}
      <section aria-labelledby="explain-heading">
        <h2 id="explain-heading">${this.i18n.t('explainHeading')}</h2>
        ${request.explain.map((paragraph) => html`<p>${paragraph[language]}</p>`)}
      </section>
      <section aria-labelledby="required-heading">
        <h2 id="required-heading">${this.i18n.t('attachmentsHeading')}</h2>
        ${
          request.requiredAttachments.length > 0
            ? html`<ul class="required">
              ${request.requiredAttachments.map((item) => html`<li>${item[language]}</li>`)}
            </ul>`
            : html`<p>${this.i18n.t('noAttachments')}</p>`
        }
      </section>
      ${contactSection(request.contact, language, 'contact-heading')} ${this.renderAnswers(request.answers)} ${this.backLink()}
    `;
  }

  private renderState(request: ClarificationRequest): TemplateResult {
    const language = this.i18n.language;
    const open = isOpenState(request.state);
    return html`<section aria-labelledby="state-heading">
      <h2 id="state-heading">${this.i18n.t('stateHeading')}</h2>
      <dl class="facts">
        <dt>${this.i18n.t('stateLabel')}</dt>
        <dd><strong class="tag state ${open ? 'open' : ''}">${stateLabel(request.state, language)}</strong></dd>
        <dt>${this.i18n.t('returnDate')}</dt>
        <dd class="return-date">${this.i18n.date(request.returnDate)} ${open ? returnDateTag(request.daysLeft, language) : nothing}</dd>
      </dl>
      <p class="next">${nextStepText(request.state, this.i18n.date(request.returnDate), language, request.returnDate < helsinkiToday())}</p>
    </section>`;
  }

  /** What the person can do now, with the late warning before it. Nothing when the request is closed to them. */
  private renderActions(request: ClarificationRequest): TemplateResult | typeof nothing {
    if (!request.canAnswer && !request.canSupplement) return nothing;
    const answerPath = `${this.basePath}/requests/${encodeURIComponent(request.id)}/answer`;
    const pending = request.pendingAttachments.length;
    return html`
      ${request.daysLeft < 0 ? warningText(this.i18n.t('lateWarning', { date: this.i18n.date(request.returnDate) }), this.i18n.language, 'late') : nothing}
      ${pending > 0 ? html`<p class="pending">${pending === 1 ? this.i18n.t('pendingOne') : this.i18n.t('pendingMany', { count: pending })}</p>` : nothing}
      <div class="actions">
        ${
          request.canAnswer
            ? html`<a class="button answer" href=${answerPath} @click=${followInternalLink}>${this.i18n.t('answer')}</a>`
            : html`<a class="button supplement" href=${answerPath} @click=${followInternalLink}>${this.i18n.t('supplement')}</a>`
        }
      </div>
    `;
  }

  private renderAnswers(answers: readonly Answer[]): TemplateResult {
    const language = this.i18n.language;
    return html`<section aria-labelledby="answers-heading">
      <h2 id="answers-heading">${this.i18n.t('answersHeading')}</h2>
      ${
        answers.length === 0
          ? html`<p>${this.i18n.t('noAnswers')}</p>`
          : html`<ul class="answers">
            ${answers.map(
              (answer) => html`<li class="answer ${answer.kind}">
                <h3>${this.i18n.t(`answerKind.${answer.kind}`)}</h3>
                <p class="received">
                  ${this.i18n.t('receivedAt', { time: this.i18n.dateTime(answer.receivedAt) })}
                  ${answer.late ? html`<strong class="tag late">${this.i18n.t('late')}</strong>` : nothing}
                </p>
                ${answer.late ? html`<p class="muted">${this.i18n.t('lateMark')}</p>` : nothing}
                ${answer.text ? html`<blockquote class="text pre-line">${answer.text}</blockquote>` : nothing}
                <p class="attachments-label">${this.i18n.t('sentAttachments')}</p>
                ${answer.attachments.length > 0 ? attachmentLinks(answer.attachments, language) : html`<p>${this.i18n.t('noSentAttachments')}</p>`}
              </li>`,
            )}
          </ul>`
      }
    </section>`;
  }
}
