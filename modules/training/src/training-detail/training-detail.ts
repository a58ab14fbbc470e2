import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, PageTopic, portalBus } from '@portal/shared-contracts';
import { TRAINING_PATHS, TrainingDetailSchema, type TrainingDetail as Detail } from '@portal/shared-contracts/training';
import { focusRetryOnFailure, followInternalLink, LoadController, LoadState, loadView, LocaleController } from '@portal/ui-kit/page';
import { baseStyles } from '@portal/ui-kit/styles';
import { applicationPath, applyPath, AREA, DEFAULT_BASE_PATH, withAreaMessages } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { stateTag, trainingFacts } from '../training-text.js';
import { messages } from './training-detail.messages.js';
import { styles } from './training-detail.styles.js';

export { LoadState };

const MESSAGES = withAreaMessages(messages);

/**
 * One training (`/training/:id`): what it is, where and in which language, its dates and application
 * period, who it is for; then what the person can do: apply while the period is open, see their
 * application when they have one (a payment notice of Unemployment security links here), or read
 * that the period has ended with the way back to the trainings open now, never a dead end.
 *
 * @summary One training of the catalogue.
 */
export class TrainingDetail extends LitElement {
  static override styles = [baseStyles, areaStyles, styles];
  static override properties = { trainingId: { attribute: 'training-id' }, basePath: { attribute: 'base-path' } };

  declare trainingId: string;
  declare basePath: string;

  private readonly i18n = new LocaleController(this, MESSAGES, { changed: () => this.announce() });
  private readonly detail = new LoadController(this, {
    args: () => (this.trainingId ? ([this.trainingId] as const) : undefined),
    task: ([id], signal): Promise<Detail> => fetchJson(TRAINING_PATHS.training(id), TrainingDetailSchema, { signal }),
    settled: (state) => {
      this.retryFocus(state);
      this.announce();
    },
  });
  private readonly retryFocus = focusRetryOnFailure(this);

  constructor() {
    super();
    this.trainingId = '';
    this.basePath = DEFAULT_BASE_PATH;
  }

  get loadState(): LoadState {
    return this.detail.state;
  }

  private get pageTitle(): string {
    const detail = this.detail.value;
    if (this.loadState === LoadState.notFound) return this.i18n.t('notFoundTitle');
    if (this.loadState !== LoadState.loaded || !detail) return this.i18n.t('areaTitle');
    return detail.training.name[this.i18n.language];
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  private announce(): void {
    if (!this.hasUpdated) return;
    portalBus.publish(PageTopic, { area: AREA, title: this.pageTitle });
  }

  private backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.i18n.t('backToArea')}</a></li>
    </ul>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const detail = this.detail.value;
    if (this.loadState === LoadState.loaded && detail) return this.renderDetail(detail);
    return html`<h1 tabindex="-1">${this.pageTitle}</h1>
      ${this.loadState === LoadState.notFound ? html`<p>${t('notFound')}</p>` : loadView(this.detail, { loading: t('loading'), failed: t('loadFailed'), retry: t('retry') }, () => nothing)}
      ${this.loadState === LoadState.notFound || this.loadState === LoadState.failed ? this.backLink() : nothing}`;
  }

  private renderDetail({ training, application }: Detail): TemplateResult {
    const language = this.i18n.language;
    const t = this.i18n.t.bind(this.i18n);
    return html`<p class="caption">${t('caption')}</p>
      <h1 tabindex="-1">${training.name[language]}</h1>
      <p class="description">${training.description[language]}</p>
      ${trainingFacts(training, language)}
      <section class="next" aria-labelledby="next-heading">
        <h2 id="next-heading">${t(application ? 'appliedHeading' : 'applyHeading')}</h2>
        ${
          application
            ? html`<p class="applied">${t('appliedText', { date: this.i18n.date(new Date(application.submittedAt)) })} ${stateTag(application.state, language)}</p>
              <p><a href=${applicationPath(this.basePath, application.id)} @click=${followInternalLink}>${t('seeApplication')}</a></p>`
            : training.open
              ? html`<p>${t('applyText', { date: this.i18n.date(training.applyBy) })}</p>
                <p><a class="button apply" href=${applyPath(this.basePath, training.id)} @click=${followInternalLink}>${t('apply')}</a></p>`
              : html`<p class="closed-text">${t('closedText', { date: this.i18n.date(training.applyBy) })}</p>`
        }
      </section>
      ${this.backLink()}`;
  }
}
