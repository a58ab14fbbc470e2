import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_LOCALE,
  fetchJson,
  formatDate,
  formatMessage,
  LocaleTopic,
  PageTopic,
  portalBus,
  PROFILE_EXPORT_PATH,
  ProfileChangeHistorySchema,
  ProfileSchema,
  RouteTopic,
  SessionTopic,
  TopicController,
  type Locale,
  type Profile,
  type ProfileChangeHistory,
} from '@portal/shared-contracts';
import { ProfileChangedEvent } from '../profile-change-form/profile-change-form.js';
import { messages } from './profile-app.messages.js';
import { styles } from './profile-app.styles.js';

type MessageKey = keyof (typeof messages)['fi'];

const LoadState = { idle: 'idle', loading: 'loading', loaded: 'loaded', failed: 'failed' } as const;
type LoadState = (typeof LoadState)[keyof typeof LoadState];

/**
 * The profile area ("Omat tiedot"): the basic data the customer information system holds on the
 * signed-in person. Renders from the bus (session, locale) and the profile API; never reads cookies.
 *
 * @summary The "My details" page of the portal.
 */
export class ProfileApp extends LitElement {
  static override styles = styles;
  static override properties = {
    basePath: { attribute: 'base-path' },
    state: { state: true },
    profile: { state: true },
    history: { state: true },
  };

  declare basePath: string;
  declare state: LoadState;
  declare profile: Profile | undefined;
  /** The change reports; 'failed' keeps a failure in its own section. */
  declare history: ProfileChangeHistory['items'] | 'failed' | undefined;

  private readonly locale = new TopicController(this, LocaleTopic, () => this.announcePage());
  // Moving between the details and the change form inside the area: say which page is shown.
  private readonly route = new TopicController(this, RouteTopic, () => void this.updateComplete.then(() => this.announcePage()));
  private readonly session = new TopicController(this, SessionTopic, (value) => {
    if (value.status === 'signed-in') void this.fetchProfile();
    else this.profile = undefined;
  });

  constructor() {
    super();
    this.basePath = '/profile';
    this.state = LoadState.idle;
    this.profile = undefined;
    this.history = undefined;
  }

  /** The page below the area's base path: the details, or the change report. */
  private get showingChangeForm(): boolean {
    const path = this.route.value?.path ?? window.location.pathname;
    return path === `${this.basePath}/change`;
  }

  private get language(): Locale {
    return this.locale.value?.locale ?? DEFAULT_LOCALE;
  }

  private t(key: MessageKey, params?: Record<string, string>): string {
    return formatMessage(messages[this.language][key], params);
  }

  /** Fetches the profile; a failure keeps the page and offers a retry. */
  async fetchProfile(): Promise<void> {
    this.state = LoadState.loading;
    try {
      this.profile = await fetchJson('/api/profile', ProfileSchema);
      this.state = LoadState.loaded;
      void this.fetchHistory();
    } catch {
      this.state = LoadState.failed;
    }
  }

  private async fetchHistory(): Promise<void> {
    try {
      this.history = (await fetchJson('/api/profile/changes', ProfileChangeHistorySchema)).items;
    } catch {
      this.history = 'failed';
    }
  }

  protected override firstUpdated(): void {
    this.announcePage();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('state') && this.state === LoadState.failed) {
      this.renderRoot.querySelector<HTMLButtonElement>('.retry')?.focus();
    }
  }

  /** Tells the shell the page title, so it can set document.title and move focus to our h1. */
  private announcePage(): void {
    // The change form announces its own steps.
    if (!this.hasUpdated || this.showingChangeForm) return;
    portalBus.publish(PageTopic, { area: 'profile', title: this.t('title') });
  }

  protected override render(): TemplateResult {
    if (this.showingChangeForm && this.state === LoadState.loaded && this.profile) {
      return html`<profile-change-form
        .profile=${this.profile}
        base-path=${this.basePath}
        @profile-changed=${(event: ProfileChangedEvent) => {
          this.profile = event.profile;
          void this.fetchHistory();
        }}
      ></profile-change-form>`;
    }
    return html`
      <h1 tabindex="-1">${this.t('title')}</h1>
      <p class="intro">${this.t('intro')}</p>
      ${this.renderBody()}
    `;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (this.session.value?.status === 'signed-out') {
      return html`<p class="notice">${this.t('signedOut')}</p>`;
    }
    switch (this.state) {
      case LoadState.failed:
        return html`<div class="notice error" role="alert">
          <p>${this.t('loadFailed')}</p>
          <button class="retry" type="button" @click=${() => void this.fetchProfile()}>${this.t('retry')}</button>
        </div>`;
      case LoadState.loaded:
        return this.profile ? this.renderProfile(this.profile) : nothing;
      default:
        return html`<p role="status" aria-live="polite">${this.t('loading')}</p>`;
    }
  }

  private renderProfile(p: Profile): TemplateResult {
    const notGiven = this.t('notGiven');
    return html`
      <section aria-labelledby="basic">
        <h2 id="basic">${this.t('basicData')}</h2>
        <dl>
          <dt>${this.t('lastName')}</dt>
          <dd>${p.lastName}</dd>
          <dt>${this.t('firstNames')}</dt>
          <dd>${p.firstNames}</dd>
          <dt>${this.t('givenName')}</dt>
          <dd>${p.givenName}</dd>
          <dt>${this.t('hetu')}</dt>
          <dd>${p.henkilotunnus ?? this.t('none')}</dd>
          <dt>${this.t('birthDate')}</dt>
          <dd>${p.birthDate ? formatDate(p.birthDate, this.language) : notGiven}</dd>
          <dt>${this.t('homeMunicipality')}</dt>
          <dd>${p.homeMunicipality ? p.homeMunicipality.name[this.language] : notGiven}</dd>
          <dt>${this.t('language')}</dt>
          <dd>${this.t(`language.${p.preferredLanguage}`)}</dd>
        </dl>
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">${this.t('contactData')}</h2>
        <dl>
          <dt>${this.t('address')}</dt>
          <dd>${this.renderAddress(p)}</dd>
          <dt>${this.t('phone')}</dt>
          <dd>${p.phone ?? notGiven}</dd>
          <dt>${this.t('email')}</dt>
          <dd>${p.email ?? notGiven}</dd>
          <dt>${this.t('contactChannel')}</dt>
          <dd>${this.t(`channel.${p.contactChannel}`)}</dd>
        </dl>
      </section>
      <p class="updated">${this.t('updatedAt', { date: formatDate(p.updatedAt, this.language) })}</p>
      <p class="actions"><a class="action" href="${this.basePath}/change">${this.t('reportChange')}</a></p>
      ${this.renderHistory()}
      <div class="actions">
        <button class="secondary" type="button" @click=${() => window.print()}>${this.t('print')}</button>
        <a class="download" href=${PROFILE_EXPORT_PATH} download>${this.t('download')}</a>
      </div>
      <p class="print-only">${this.t('printedOn', { date: formatDate(new Date(), this.language) })}</p>
    `;
  }

  private renderHistory(): TemplateResult {
    const history = this.history;
    return html`<section aria-labelledby="history">
      <h2 id="history">${this.t('historyHeading')}</h2>
      ${history === undefined
        ? html`<p role="status">${this.t('loading')}</p>`
        : history === 'failed'
          ? html`<p class="notice error">${this.t('historyFailed')}</p>`
          : history.length === 0
            ? html`<p>${this.t('historyEmpty')}</p>`
            : html`<ul class="history">
                ${history.map(
                  (item) => html`<li>
                    <strong>${item.changed.map((field) => this.t(`field.${field}`)).join(', ')}</strong>
                    <span>${this.t('historyReceived', { date: formatDate(item.receivedAt, this.language) })},
                      ${this.t('historyEffective', { date: formatDate(item.effectiveDate, this.language) })}</span>
                    <span class="status ${item.status}">${this.t(`status.${item.status}`)}</span>
                  </li>`,
                )}
              </ul>`}
    </section>`;
  }

  private renderAddress(p: Profile): TemplateResult | string {
    if (p.addressProtected) return this.t('addressProtected');
    if (!p.address) return this.t('notGiven');
    const { street, postalCode, postOffice, country } = p.address;
    const countryName =
      country === 'FI' ? '' : (new Intl.DisplayNames([this.language], { type: 'region' }).of(country) ?? country);
    return html`${street}<br />${postalCode} ${postOffice}${countryName ? html`<br />${countryName}` : nothing}`;
  }
}
