import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { CurrentItemsChangedTopic, fetchJson, PageTopic, portalBus } from '@portal/shared-contracts';
import {
  TRAINING_PATHS,
  TrainingApplicationSchema,
  TrainingReceiptSchema,
  type ApplicationState,
  type TrainingApplication,
} from '@portal/shared-contracts/training';
import { IdempotentPost, isConflict, multiline, summaryList } from '@portal/ui-kit/form';
import {
  focusRetryOnFailure,
  followInternalLink,
  LoadController,
  LoadState,
  loadView,
  LocaleController,
  notice,
} from '@portal/ui-kit/page';
import { baseStyles, formStyles } from '@portal/ui-kit/styles';
import { AREA, DEFAULT_BASE_PATH, trainingPath, withAreaMessages } from '../area.js';
import { areaStyles } from '../area.styles.js';
import { ApplicationChangedEvent } from '../events.js';
import { stateLabel, stateTag } from '../training-text.js';
import { messages } from './training-application.messages.js';
import { styles } from './training-application.styles.js';

export { LoadState };

const MESSAGES = withAreaMessages(messages);

/** Where withdrawing stands on the page: not asked, asking for confirmation, sending, failed, done. */
export const Withdrawal = { idle: 'idle', confirming: 'confirming', sending: 'sending', failed: 'failed', done: 'done' } as const;
export type Withdrawal = (typeof Withdrawal)[keyof typeof Withdrawal];

/** The steps a person follows, as the issue words them: received → in selection → decided. */
const STEPS = ['received', 'selection', 'decision'] as const;
type Step = (typeof STEPS)[number];

/** Which step an application has reached (a withdrawn one: none beyond received). */
export function stepOf(state: ApplicationState): Step {
  if (state === 'submitted' || state === 'withdrawn') return 'received';
  return state === 'in-review' || state === 'interview' ? 'selection' : 'decision';
}

/**
 * One application (`/training/applications/:id`): the training (a link to it), where the application
 * stands on a three-step line (received, in selection, selected / reserve / not selected, or
 * withdrawn), its reference and the answers sent. Before a decision it can be withdrawn: the page
 * first says what withdrawing means (the terms' words: in some situations it does not count as
 * refusing training; the office advises) and asks to confirm; the sending is idempotent, so a retry
 * or a second click withdraws once. After a decision the page says plainly that it cannot be
 * withdrawn here, and what refusing a training can mean.
 *
 * @summary One training application, and withdrawing it.
 * @fires training-application-changed - The application was withdrawn (ApplicationChangedEvent).
 */
export class TrainingApplicationPage extends LitElement {
  static override styles = [baseStyles, formStyles, areaStyles, styles];
  static override properties = {
    applicationId: { attribute: 'application-id' },
    basePath: { attribute: 'base-path' },
    withdrawal: { state: true },
  };

  declare applicationId: string;
  declare basePath: string;
  declare withdrawal: Withdrawal;

  private readonly i18n = new LocaleController(this, MESSAGES, { changed: () => this.announce() });
  private readonly application = new LoadController(this, {
    args: () => (this.applicationId ? ([this.applicationId] as const) : undefined),
    task: ([id], signal): Promise<TrainingApplication> => fetchJson(TRAINING_PATHS.application(id), TrainingApplicationSchema, { signal }),
    settled: (state) => {
      this.retryFocus(state);
      this.announce();
    },
  });
  private readonly retryFocus = focusRetryOnFailure(this);
  private readonly sender = new IdempotentPost(() => TRAINING_PATHS.withdraw(this.applicationId), TrainingReceiptSchema);
  /** The application as the withdrawal left it (the read before it is out of date). */
  private withdrawn: TrainingApplication | undefined;

  constructor() {
    super();
    this.applicationId = '';
    this.basePath = DEFAULT_BASE_PATH;
    this.withdrawal = Withdrawal.idle;
  }

  get loadState(): LoadState {
    return this.application.state;
  }

  private get shown(): TrainingApplication | undefined {
    return this.withdrawn ?? this.application.value;
  }

  private get pageTitle(): string {
    const application = this.shown;
    if (this.loadState === LoadState.notFound) return this.i18n.t('notFoundTitle');
    if (this.loadState !== LoadState.loaded || !application) return this.i18n.t('areaTitle');
    return this.i18n.t('title', { training: application.training.name[this.i18n.language] });
  }

  protected override firstUpdated(): void {
    this.announce();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('applicationId') && changed.get('applicationId') !== undefined) {
      this.withdrawn = undefined;
      this.withdrawal = Withdrawal.idle;
    }
  }

  private announce(): void {
    if (!this.hasUpdated) return;
    portalBus.publish(PageTopic, { area: AREA, title: this.pageTitle });
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private ask(): void {
    this.withdrawal = Withdrawal.confirming;
    void this.focusOn('#confirm-heading');
  }

  private keep(): void {
    this.withdrawal = Withdrawal.idle;
    void this.focusOn('.withdraw');
  }

  /** Withdraws, with the same key on every retry; a 409 (decided meanwhile) reads the application again. */
  private async confirm(): Promise<void> {
    if (this.withdrawal === Withdrawal.sending) return;
    this.withdrawal = Withdrawal.sending;
    try {
      const receipt = await this.sender.send({ confirmed: true });
      this.withdrawn = receipt.application;
      this.withdrawal = Withdrawal.done;
      portalBus.publish(CurrentItemsChangedTopic, { area: AREA });
      this.dispatchEvent(new ApplicationChangedEvent(receipt));
      void this.focusOn('.withdrawn-notice');
    } catch (error) {
      if (isConflict(error)) {
        this.withdrawal = Withdrawal.idle;
        void this.application.run();
        return;
      }
      this.withdrawal = Withdrawal.failed;
      void this.focusOn('.confirm .notice.error');
    }
  }

  private backLink(): TemplateResult {
    return html`<ul class="back-links">
      <li><a href=${this.basePath} @click=${followInternalLink}>${this.i18n.t('backToArea')}</a></li>
    </ul>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t.bind(this.i18n);
    const application = this.shown;
    if (this.loadState === LoadState.loaded && application) return this.renderApplication(application);
    return html`<h1 tabindex="-1">${this.pageTitle}</h1>
      ${this.loadState === LoadState.notFound ? html`<p>${t('notFound')}</p>` : loadView(this.application, { loading: t('loading'), failed: t('loadFailed'), retry: t('retry') }, () => nothing)}
      ${this.loadState === LoadState.notFound || this.loadState === LoadState.failed ? this.backLink() : nothing}`;
  }

  private renderSteps(state: ApplicationState): TemplateResult {
    const reached = STEPS.indexOf(stepOf(state));
    const language = this.i18n.language;
    const label = (step: Step, index: number): string => {
      if (index === reached && state !== 'withdrawn') return stateLabel(state, language);
      return this.i18n.t(`step.${step}`);
    };
    return html`<ol class="steps" aria-label=${this.i18n.t('stepsLabel')}>
      ${STEPS.map(
        (
          step,
          index,
        ) => html`<li class="step ${index < reached ? 'done' : index === reached ? 'current' : 'todo'}" aria-current=${index === reached ? 'step' : nothing}>
          ${label(step, index)}
        </li>`,
      )}
    </ol>`;
  }

  private renderApplication(application: TrainingApplication): TemplateResult {
    const language = this.i18n.language;
    const t = this.i18n.t.bind(this.i18n);
    return html`<p class="caption">${t('caption')}</p>
      <h1 tabindex="-1">${this.pageTitle}</h1>
      ${
        this.withdrawal === Withdrawal.done
          ? html`<div class="notice withdrawn-notice" role="status" tabindex="-1"><p>${t('withdrawnNotice')}</p></div>`
          : nothing
      }
      <dl class="facts">
        <dt>${t('training')}</dt>
        <dd><a href=${trainingPath(this.basePath, application.training.id)} @click=${followInternalLink}>${application.training.name[language]}</a></dd>
        <dt>${t('state')}</dt>
        <dd class="state">${stateTag(application.state, language)}</dd>
        <dt>${t('reference')}</dt>
        <dd class="reference">${application.reference}</dd>
        <dt>${t('submittedAt')}</dt>
        <dd>${this.i18n.dateTime(application.submittedAt)}</dd>
        <dt>${t('stateChangedAt')}</dt>
        <dd>${this.i18n.dateTime(application.stateChangedAt)}</dd>
      </dl>
      ${application.state === 'withdrawn' ? html`<p class="state-text">${t('stateText.withdrawn')}</p>` : this.renderSteps(application.state)}
      ${application.state !== 'withdrawn' ? html`<p class="state-text">${t(`stateText.${application.state}`)}</p>` : nothing}
      ${this.renderWithdraw(application)}
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">${t('answersHeading')}</h2>
        ${summaryList(
          [
            { key: t('motivation'), value: multiline(application.motivation) },
            { key: t('education'), value: multiline(application.education) },
            { key: t('workHistory'), value: multiline(application.workHistory, t('noWorkHistory')) },
            { key: t('availability'), value: multiline(application.availability) },
          ],
          language,
        )}
      </section>
      ${this.backLink()}`;
  }

  private renderWithdraw(application: TrainingApplication): TemplateResult | typeof nothing {
    const t = this.i18n.t.bind(this.i18n);
    if (application.state === 'withdrawn') return nothing;
    if (!application.withdrawable) {
      return html`<section class="withdraw-section" aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">${t('withdrawHeading')}</h2>
        <p>${t('cannotWithdraw')}</p>
        <p>${t('commitment2')}</p>
      </section>`;
    }
    const confirming =
      this.withdrawal === Withdrawal.confirming || this.withdrawal === Withdrawal.sending || this.withdrawal === Withdrawal.failed;
    return html`<section class="withdraw-section" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">${t('withdrawHeading')}</h2>
      ${
        confirming
          ? html`<div class="confirm" role="group" aria-labelledby="confirm-heading">
            <h3 id="confirm-heading" tabindex="-1">${t('confirmHeading')}</h3>
            <p>${t('confirmText')}</p>
            <p>${t('commitment2')}</p>
            ${this.withdrawal === Withdrawal.failed ? notice('error', t('withdrawFailed')) : nothing}
            <div class="actions">
              <button class="button confirm-withdraw" type="button" ?disabled=${this.withdrawal === Withdrawal.sending} @click=${() => void this.confirm()}>
                ${this.withdrawal === Withdrawal.sending ? t('withdrawing') : t('confirmWithdraw')}
              </button>
              <button class="button secondary keep" type="button" @click=${() => this.keep()}>${t('keep')}</button>
            </div>
          </div>`
          : html`<p>${t('withdrawIntro')}</p>
            <button class="button secondary withdraw" type="button" @click=${() => this.ask()}>${t('withdraw')}</button>`
      }
    </section>`;
  }
}
