import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement, render, type TemplateResult } from 'lit';
import { LOCALES } from '@portal/shared-contracts';
import { baseStyles } from '../styles/base.styles.js';
import { multiline, receiptPanel, summaryList } from './check-answers.js';
import { errorSummary } from './error-summary.js';
import {
  characterCountText,
  checkbox,
  checkboxGroup,
  dateField,
  hintText,
  NOT_A_DAY,
  monthYearField,
  radioGroup,
  selectField,
  textArea,
  textField,
} from './form-controls.js';
import { fieldId, findField, type FieldErrors } from './form-errors.js';
import { FormFlowController, PoliteAnnouncer, politeRegion } from './form-flow.js';
import { formStyles } from '../styles/form.styles.js';
import { uiMessages } from '../i18n/kit.messages.js';
import { notice } from '../page/notice.js';

/** Error codes in words, as an area's table would give them. */
const WORDS: Readonly<Record<string, string>> = {
  'phone.invalid': 'Anna puhelinnumero numeroina.',
  'regions.required': 'Valitse kunta.',
  'text.required': 'Täytä tämä kohta.',
};

/** A form made of the kit's templates, as an area's form uses them. */
class UiKitTestForm extends LitElement {
  static override styles = [baseStyles, formStyles];
  static override properties = { errors: { attribute: false }, regions: { state: true }, goals: { state: true }, step: { state: true } };
  declare errors: FieldErrors;
  declare regions: string[];
  declare goals: string;
  readonly flow = new FormFlowController(this, { area: 'ui-kit-test', title: (step) => `Kit ${step}` });
  readonly announcer = new PoliteAnnouncer(this, 20);

  constructor() {
    super();
    this.errors = {};
    this.regions = [];
    this.goals = '';
  }

  private err(path: string): string | undefined {
    const code = this.errors[path];
    return code ? (WORDS[code] ?? code) : undefined;
  }

  protected override render(): TemplateResult {
    const order = ['phone', 'education.0.level', 'work.0.start', 'regions', 'benefit', 'goals'];
    return html`<h1 tabindex="-1">Kit</h1>
      ${errorSummary({ errors: this.errors, order, locale: 'fi', root: this.renderRoot, text: (code) => WORDS[code] ?? code })}
      <form id="form" novalidate>
        ${textField({ path: 'phone', label: 'Puhelin', hint: 'Numeroina', error: this.err('phone'), locale: 'fi', value: '', type: 'tel', autocomplete: 'tel', onInput: () => undefined })}
        <fieldset id="education">
          <legend>Koulutus</legend>
          ${selectField({
            path: 'education.0.level',
            label: 'Aste',
            optional: true,
            error: this.err('education.0.level'),
            locale: 'fi',
            value: 'master',
            placeholder: 'Valitse',
            options: [
              { value: 'bachelor', label: 'Kandidaatti' },
              { value: 'master', label: 'Maisteri' },
            ],
            onChange: () => undefined,
          })}
        </fieldset>
        ${monthYearField({ path: 'work.0.start', legend: 'Alkoi', error: this.err('work.0.start'), locale: 'fi', month: '8', year: '2019', onMonth: () => undefined, onYear: () => undefined })}
        ${checkboxGroup({
          path: 'regions',
          legend: 'Alueet',
          error: this.err('regions'),
          locale: 'fi',
          values: this.regions,
          options: [
            { value: '091', label: 'Helsinki' },
            { value: '049', label: 'Espoo' },
            { value: '092', label: 'Vantaa' },
          ],
          onChange: (values) => (this.regions = values),
        })}
        ${radioGroup({
          path: 'benefit',
          legend: 'Etuus',
          legendAs: 'heading',
          error: this.err('benefit'),
          locale: 'fi',
          value: '',
          options: [
            { value: 'none', label: 'Ei' },
            { value: 'applied', label: 'Haen', hint: 'Kelalta tai kassasta' },
          ],
          onChange: () => undefined,
        })}
        ${checkbox({ path: 'still', label: 'Työskentelen yhä', checked: false, onChange: () => undefined })}
        ${textArea({
          path: 'goals',
          label: 'Tavoitteet',
          hint: html`<p>Kerro lyhyesti.</p>`,
          error: this.err('goals'),
          locale: 'fi',
          value: this.goals,
          maxLength: 10,
          spellcheck: true,
          onInput: (v) => (this.goals = v),
        })}
      </form>
      ${summaryList(
        [
          { key: 'Puhelin', value: '040 123 4567', onChange: () => void this.flow.goTo('edit', { path: 'phone' }) },
          { key: 'Tavoitteet', value: multiline('', 'Ei ilmoitettu') },
        ],
        'fi',
      )}
      ${receiptPanel('Ilmoitus vastaanotettu', 'Vastaanotettu 25.11.2026')} ${notice('info', 'Palautimme tiedot.')} ${politeRegion(this.announcer)}`;
  }
}
customElements.define('ui-kit-test-form', UiKitTestForm);

describe('ui-kit form-controls', () => {
  afterEach(() => fixtureCleanup());

  describe('accessibility', () => {
    it('is accessible without errors and with every control in error', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form></ui-kit-test-form>`);
      await expect(el).to.be.accessible();
      el.errors = {
        phone: 'phone.invalid',
        'education.0.level': 'x',
        'work.0.start': 'x',
        regions: 'regions.required',
        benefit: 'x',
        goals: 'x',
      };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('gives each control the id of its issue path, with its hint and error in aria-describedby', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form .errors=${{ phone: 'phone.invalid' }}></ui-kit-test-form>`);
      const root = el.shadowRoot!;
      const phone = root.querySelector<HTMLInputElement>('#phone')!;
      expect(phone.getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
      expect(phone.getAttribute('aria-invalid')).to.equal('true');
      expect(phone.autocomplete).to.equal('tel');
      expect(root.querySelector('#phone-error')!.textContent).to.equal('Virhe: Anna puhelinnumero numeroina.');
      expect(root.querySelector('label[for="education-0-level"]')!.textContent).to.equal('Aste (vapaaehtoinen)');
      // The first option carries the group's id, so the summary's link lands on it.
      expect(root.querySelector<HTMLInputElement>('#regions')!.value).to.equal('091');
      expect(root.querySelector<HTMLInputElement>('#regions-049')!.value).to.equal('049');
      expect(root.querySelector('fieldset.section legend h2')!.textContent).to.equal('Etuus');
      expect(root.querySelector('#benefit-applied')!.getAttribute('aria-describedby')).to.equal('benefit-applied-hint');
      expect(root.querySelector('label[for="work-0-start-year"]')!.textContent).to.equal('Vuosi');
    });

    it('renders a sentence hint as a paragraph and a template hint as a block', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form></ui-kit-test-form>`);
      expect(el.shadowRoot!.querySelector('#phone-hint')!.tagName).to.equal('P');
      expect(el.shadowRoot!.querySelector('#goals-hint')!.tagName).to.equal('DIV');
      expect(hintText('x', undefined)).to.not.have.property('strings');
    });

    it('lists errors in page order in a summary whose links focus the fields', async () => {
      const el = await fixture<UiKitTestForm>(
        html`<ui-kit-test-form .errors=${{ regions: 'regions.required', phone: 'phone.invalid', '': 'text.required' }}></ui-kit-test-form>`,
      );
      const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      expect(summary.querySelector('h2')!.textContent).to.equal('Korjaa seuraavat kohdat');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#form', '#phone', '#regions']);
      expect(links.map((a) => a.textContent)).to.deep.equal(['Täytä tämä kohta.', 'Anna puhelinnumero numeroina.', 'Valitse kunta.']);
      links[2]!.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('regions');
      links[0]!.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('phone');
    });

    it('finds the nearest field for a path only the server knows', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form></ui-kit-test-form>`);
      const root = el.shadowRoot!;
      expect(findField(root, 'education.0.level')?.id).to.equal('education-0-level');
      expect(findField(root, 'education')?.id).to.equal('education-0-level');
      expect(findField(root, 'education.7.field')?.id).to.equal('education-0-level');
      expect(findField(root, 'nothing.here')?.id).to.equal(fieldId('phone'));
    });

    it('keeps checkbox choices in the order of the options', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form></ui-kit-test-form>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('#regions-092')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('#regions')!.click();
      await el.updateComplete;
      expect(el.regions).to.deep.equal(['091', '092']);
    });

    it('counts characters down and then over the limit, and says it politely after a pause', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form></ui-kit-test-form>`);
      const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#goals')!;
      expect(area.getAttribute('aria-describedby')).to.equal('goals-hint goals-info');
      expect(area.getAttribute('spellcheck')).to.equal('true');
      expect(area.rows).to.equal(6);
      expect(el.shadowRoot!.querySelector('#goals-info')!.textContent).to.equal('Voit kirjoittaa enintään 10 merkkiä.');
      area.value = 'yksitoista!';
      area.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.char-count')!.textContent).to.equal('Tekstissä on 1 merkki liikaa.');
      expect(area.getAttribute('aria-invalid')).to.equal('true');
      el.announcer.say(characterCountText(3, 10, 'fi'));
      const live = el.shadowRoot!.querySelector('.live[aria-live="polite"]')!;
      expect(live.textContent).to.equal('');
      await waitUntil(() => live.textContent === 'Voit kirjoittaa vielä 7 merkkiä.');
    });

    it('counts in the language’s own digits grouping', () => {
      expect(characterCountText(0, 2000, 'fi')).to.equal('Voit kirjoittaa vielä 2\u00a0000 merkkiä.');
      expect(characterCountText(0, 2000, 'en')).to.equal('You have 2,000 characters remaining.');
      expect(characterCountText(2002, 2000, 'sv')).to.equal('Texten har 2 tecken för mycket.');
    });

    it('shows the check step’s rows, a receipt panel and a notice', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form></ui-kit-test-form>`);
      const root = el.shadowRoot!;
      const rows = [...root.querySelectorAll('dl.summary .row')];
      expect(rows[0]!.querySelector('button.link')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Muuta Puhelin');
      expect(rows[1]!.querySelector('dd')!.textContent).to.equal('Ei ilmoitettu');
      expect(rows[1]!.querySelector('.change')).to.equal(null);
      expect(root.querySelector('.panel')!.getAttribute('role')).to.equal('status');
      expect(root.querySelector('.notice')!.getAttribute('role')).to.equal('status');
      expect(root.querySelector('.notice')!.getAttribute('tabindex')).to.equal('-1');
    });

    it('has every kit text in every language', () => {
      const keys = Object.keys(uiMessages.fi).sort();
      for (const locale of LOCALES) expect(Object.keys(uiMessages[locale]).sort(), locale).to.deep.equal(keys);
    });
  });

  describe('date field', () => {
    it('gives NOT_A_DAY for a day that does not exist (31.2.), and then leaves what was typed on screen', async () => {
      const typed: string[] = [];
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const draw = (value: string): void => {
        render(
          dateField({
            path: 'start',
            label: 'Alkamispäivä',
            locale: 'fi',
            value,
            min: '2026-01-01',
            max: '2027-12-31',
            onInput: (v) => typed.push(v),
          }),
          host,
        );
      };
      draw('2026-03-01');
      const input = host.querySelector('input')!;
      expect([input.type, input.id, input.value, input.min, input.max]).to.deep.equal([
        'date',
        'start',
        '2026-03-01',
        '2026-01-01',
        '2027-12-31',
      ]);
      // What the browser reports for 31.2.: an empty value and bad input.
      Object.defineProperty(input, 'validity', { configurable: true, value: { badInput: true, valid: false } });
      input.dispatchEvent(new Event('input'));
      expect(typed).to.deep.equal([NOT_A_DAY]);
      // Drawn again with NOT_A_DAY the input is not written to (that would wipe the typed day); with a day it is.
      let writes = 0;
      Object.defineProperty(input, 'value', { configurable: true, get: () => '', set: () => void writes++ });
      draw(NOT_A_DAY);
      expect(writes).to.equal(0);
      draw('2026-04-01');
      expect(writes).to.equal(1);
      await expect(host).to.be.accessible();
    });
  });

  describe('events', () => {
    it('moves focus back to a field from its Change button', async () => {
      const el = await fixture<UiKitTestForm>(html`<ui-kit-test-form></ui-kit-test-form>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('dl.summary button.link')!.click();
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'phone');
    });
  });
});
