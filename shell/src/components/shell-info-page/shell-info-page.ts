import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { formatDate, LocaleTopic, TopicController, type Locale } from '@portal/shared-contracts';
import { currentLocale, t } from '../../i18n/translate.js';
import type { InfoPage } from '../../routing/resolve-route.js';
import { infoPageContent, infoPageMessages, type InfoLink, type InfoListItem, type InfoSection } from './shell-info-page.content.js';
import { styles } from './shell-info-page.styles.js';

/**
 * The information pages linked from the footer: the terms of use, the privacy statement
 * (GDPR 2016/679) and the accessibility statement (Act 306/2019), in the portal's three languages.
 * The text lives in shell-info-page.content.ts; this element only lays it out.
 *
 * @summary Terms of use, privacy statement or accessibility statement.
 */
export class ShellInfoPage extends LitElement {
  static override styles = styles;
  static override properties = { page: {}, from: {} };
  declare page: InfoPage;
  /** The portal page the person came from: the feedback form's guess of what their feedback is about. */
  declare from: string | undefined;
  private readonly locale = new TopicController(this, LocaleTopic);

  constructor() {
    super();
    this.page = 'terms';
    this.from = undefined;
  }

  override willUpdate(): void {
    // The form and its words are a chunk of their own: only the accessibility statement has it.
    if (this.page === 'accessibility')
      void import('../shell-feedback-form/define.js').then(({ defineFeedbackForm }) => defineFeedbackForm());
  }

  protected override render(): TemplateResult {
    const locale = this.locale.value?.locale ?? currentLocale();
    // The attribute comes from markup, so a typo must not blank the page: fall back to the terms.
    const page: InfoPage = Object.hasOwn(infoPageContent, this.page) ? this.page : 'terms';
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
