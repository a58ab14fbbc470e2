import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { fetchJson, formatDate, formatMessage, LocaleTopic, TopicController, type Locale } from '@portal/shared-contracts';
import { TERMS_PATHS, TermsListShape, TermsPageShape, type TermsListInfo, type TermsPage } from '@portal/shared-contracts/terms-words';
import { currentLocale, t } from '../../i18n/translate.js';
import type { InfoPage } from '../../routing/resolve-route.js';
import {
  infoPageContent,
  infoPageMessages,
  type InfoLink,
  type InfoListItem,
  type InfoSection,
  type StaticInfoPage,
} from './shell-info-page.content.js';
import { styles } from './shell-info-page.styles.js';

/**
 * The information pages linked from the footer: the terms of use, the privacy statement
 * (GDPR 2016/679) and the accessibility statement (Act 306/2019), in the portal's three languages.
 * The privacy and accessibility statements' text lives in shell-info-page.content.ts; the terms of
 * use come in versions from the backend (GET /api/terms), so that the provider adds a version
 * without a new build of the shell. `/terms` shows the version in effect, `/terms?version=…` another
 * one, with the list of versions and their days below.
 *
 * @summary Terms of use, privacy statement or accessibility statement.
 */
export class ShellInfoPage extends LitElement {
  static override styles = styles;
  static override properties = { page: {}, from: {}, terms: { state: true } };
  declare page: InfoPage;
  /** The terms' versions and the one shown, once loaded (`failed` when they could not be). */
  declare terms: { list: TermsListInfo; shown: TermsPage | undefined; asked: string | null } | 'loading' | 'failed';
  /** The portal page the person came from: the feedback form's guess of what their feedback is about. */
  declare from: string | undefined;
  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.page = 'terms';
    this.from = undefined;
    this.terms = 'loading';
  }

  /** The version asked for in the address (`/terms?version=15.1.2027`); null for the one in effect. */
  private static askedVersion(): string | null {
    return new URLSearchParams(window.location.search).get('version');
  }

  // A link from one version to another changes only the query: the shell gives this element no new
  // property for that, so the address is read again at every navigation.
  private readonly onRouting = (): void => {
    const asked = ShellInfoPage.askedVersion();
    if (this.isTermsPage() && this.loading !== asked && (typeof this.terms === 'string' || this.terms.asked !== asked)) {
      void this.loadTerms();
    }
  };

  /** The version being loaded (null: the one in effect), so a routing event during the load does not load it twice. */
  private loading: string | null | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('single-spa:routing-event', this.onRouting);
    window.addEventListener('popstate', this.onRouting);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('single-spa:routing-event', this.onRouting);
    window.removeEventListener('popstate', this.onRouting);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The form and its words are a chunk of their own: only the accessibility statement has it.
    if (this.page === 'accessibility')
      void import('../shell-feedback-form/define.js').then(({ defineFeedbackForm }) => defineFeedbackForm());
    if (changed.has('page') && this.isTermsPage()) void this.loadTerms();
  }

  private isTermsPage(): boolean {
    return !Object.hasOwn(infoPageContent, this.page);
  }

  private async loadTerms(): Promise<void> {
    const asked = ShellInfoPage.askedVersion();
    this.loading = asked;
    try {
      const list = await fetchJson(TERMS_PATHS.list, TermsListShape);
      const known = [list.current, ...list.upcoming, ...list.earlier].some((version) => version && version.version === asked);
      const version = asked !== null && known ? asked : list.current?.version;
      const shown = version === undefined ? undefined : await fetchJson(TERMS_PATHS.version(version), TermsPageShape);
      // A later navigation may have asked for another version meanwhile: the last one asked wins.
      if (asked === ShellInfoPage.askedVersion()) this.terms = { list, shown, asked };
    } catch (error) {
      console.error('The terms of use could not be loaded', error);
      this.terms = 'failed';
    } finally {
      if (this.loading === asked) this.loading = undefined;
    }
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    // The attribute comes from markup, so a typo must not blank the page: fall back to the terms.
    if (this.isTermsPage()) return this.renderTerms(locale);
    const page = this.page as StaticInfoPage;
    const content = infoPageContent[page][locale];
    return html`
      <article>
        <h1 tabindex="-1">${t(page, undefined, locale)}</h1>
        ${content.lead ? html`<p class="lead">${content.lead}</p>` : nothing}
        ${content.sections.map((section) => this.renderSection(section, locale))}
        <p class="updated">
          ${infoPageMessages[locale].updated} <time datetime=${content.updated}>${formatDate(content.updated, locale)}</time>
        </p>
      </article>
    `;
  }

  private renderTerms(locale: Locale): TemplateResult {
    const words = infoPageMessages[locale];
    const terms = this.terms;
    const date = (day: string) => formatDate(day, locale);
    if (terms === 'loading' || terms === 'failed') {
      return html`<article>
        <h1 tabindex="-1">${t('terms', undefined, locale)}</h1>
        ${
          terms === 'loading'
            ? html`<p role="status">${words.termsLoading}</p>`
            : html`<p class="error" role="alert">${words.termsFailed}</p>`
        }
      </article>`;
    }
    const { list, shown, asked } = terms;
    const content = shown?.text[locale];
    const state = (version: { status?: string; effectiveFrom: string; effectiveUntil: string | null }, status: string) =>
      formatMessage(status === 'upcoming' ? words.termsUpcoming : status === 'earlier' ? words.termsEarlier : words.termsCurrent, {
        from: date(version.effectiveFrom),
        until: version.effectiveUntil ? date(version.effectiveUntil) : '',
      });
    return html`
      <article>
        <h1 tabindex="-1">${t('terms', undefined, locale)}</h1>
        ${
          asked !== null && shown?.version !== asked
            ? html`<p class="notice" role="status">${formatMessage(words.termsNotFound, { version: asked })}</p>`
            : nothing
        }
        ${
          shown
            ? html`<p class=${shown.status === 'current' ? 'lead' : 'notice'}>
              ${state(shown, shown.status)}
              ${shown.status === 'current' ? nothing : html` <a href="/terms">${words.termsCurrentLink}</a>`}
            </p>`
            : nothing
        }
        ${content?.lead ? html`<p class="lead">${content.lead}</p>` : nothing}
        ${content?.sections.map((section) => this.renderSection(section, locale)) ?? nothing}
        <nav aria-labelledby="terms-versions">
          <h2 id="terms-versions">${words.termsVersions}</h2>
          <ul class="versions">
            ${list.upcoming.map((version) => this.renderVersion(version, formatMessage(words.termsVersionUpcoming, { from: date(version.effectiveFrom) }), shown?.version, locale))}
            ${
              list.current
                ? this.renderVersion(
                    list.current,
                    formatMessage(words.termsVersionCurrent, { from: date(list.current.effectiveFrom) }),
                    shown?.version,
                    locale,
                    true,
                  )
                : nothing
            }
            ${list.earlier.map((version) =>
              this.renderVersion(
                version,
                formatMessage(words.termsVersionEarlier, {
                  from: date(version.effectiveFrom),
                  until: version.effectiveUntil ? date(version.effectiveUntil) : '',
                }),
                shown?.version,
                locale,
              ),
            )}
          </ul>
        </nav>
      </article>
    `;
  }

  private renderVersion(
    version: { version: string },
    when: string,
    shown: string | undefined,
    locale: Locale,
    current = false,
  ): TemplateResult {
    const name = formatMessage(infoPageMessages[locale].termsVersionName, { version: version.version });
    const href = current ? '/terms' : `/terms?version=${encodeURIComponent(version.version)}`;
    return html`<li>
      <a href=${href} aria-current=${version.version === shown ? 'page' : nothing}>${name}</a>, ${when}
    </li>`;
  }

  private renderSection(section: InfoSection, locale: Locale): TemplateResult {
    return html`
      <section>
        <h2>${section.heading}</h2>
        ${section.paragraphs?.map((paragraph) => html`<p>${paragraph}</p>`) ?? nothing}
        ${section.list ? html`<ul>${section.list.map((item) => this.renderItem(item))}</ul>` : nothing}
        ${section.links?.map((link) => html`<p>${this.renderLink(link, locale)}</p>`) ?? nothing}
        ${section.feedbackForm ? html`<shell-feedback-form .from=${this.from}></shell-feedback-form>` : nothing}
      </section>
    `;
  }

  private renderItem(item: InfoListItem): TemplateResult {
    if (typeof item === 'string') return html`<li>${item}</li>`;
    return html`<li>
      ${item.text}
      <ul class="notes">
        ${item.notes.map((note) => html`<li>${note}</li>`)}
      </ul>
    </li>`;
  }

  private renderLink(link: InfoLink, locale: Locale): TemplateResult {
    // A new window is announced in the link text itself, as in the footer, not only by an icon.
    return link.newWindow
      ? html`<a href=${link.href} target="_blank" rel="noopener"
          >${link.text} <span class="hint">${t('privacyNewWindow', undefined, locale)}</span></a
        >`
      : html`<a href=${link.href}>${link.text}</a>`;
  }
}
