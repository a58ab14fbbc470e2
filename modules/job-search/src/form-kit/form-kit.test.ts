import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import {
  ApiRequestError,
  LOCALES,
  NavigationTopic,
  PageTopic,
  portalBus,
  RouteTopic,
} from '@portal/shared-contracts';
import { JOB_SEARCH_ERRORS, JobSearchReceiptSchema } from '@portal/shared-contracts/job-search';
import { activeWithAssessment, apiError, json, restoreFetch, stubFetch } from '../testing/fixtures.js';
import {
  addDays,
  baseStyles,
  characterCountText,
  checkboxGroup,
  daysBetween,
  deadlineOf,
  deadlineText,
  errorsFromApiError,
  errorsFromIssues,
  errorSummary,
  errorText,
  fieldId,
  findField,
  followInternalLink,
  FormFlowController,
  formStyles,
  helsinkiToday,
  IdempotentPost,
  isConflict,
  kitMessages,
  monthYearField,
  orderedErrors,
  PoliteAnnouncer,
  politeRegion,
  radioGroup,
  selectField,
  textArea,
  textField,
  type FieldErrors,
} from './form-kit.js';

/** A small form built from the kit's templates, as a real form of the area would use them. */
class KitTestForm extends LitElement {
  static override styles = [baseStyles, formStyles];
  static override properties = { errors: { attribute: false }, regions: { state: true }, goals: { state: true } };
  declare errors: FieldErrors;
  declare regions: string[];
  declare goals: string;
  readonly flow = new FormFlowController(this, { title: (step) => `Kit ${step}` });
  readonly announcer = new PoliteAnnouncer(this, 20);

  constructor() {
    super();
    this.errors = {};
    this.regions = [];
    this.goals = '';
  }

  private err(path: string): string | undefined {
    const code = this.errors[path];
    return code ? errorText(code, 'fi') : undefined;
  }

  protected override render(): TemplateResult {
    const order = ['phone', 'education.0.level', 'workHistory.0.start', 'soughtWork.regions', 'benefit.status', 'goals'];
    return html`<h1 tabindex="-1">Kit</h1>
      ${errorSummary({ errors: this.errors, order, locale: 'fi', root: this.renderRoot })}
      <form id="form" novalidate>
        ${textField({ path: 'phone', label: 'Puhelin', hint: 'Numeroina', error: this.err('phone'), locale: 'fi', value: '', type: 'tel', autocomplete: 'tel', onInput: () => undefined })}
        <fieldset id="education">
          <legend>Koulutus</legend>
          ${selectField({
            path: 'education.0.level',
            label: 'Aste',
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
        ${monthYearField({ path: 'workHistory.0.start', legend: 'Alkoi', error: this.err('workHistory.0.start'), locale: 'fi', month: '8', year: '2019', onMonth: () => undefined, onYear: () => undefined })}
        ${checkboxGroup({
          path: 'soughtWork.regions',
          legend: 'Alueet',
          error: this.err('soughtWork.regions'),
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
          path: 'benefit.status',
          legend: 'Etuus',
          legendAs: 'heading',
          error: this.err('benefit.status'),
          locale: 'fi',
          value: '',
          options: [
            { value: 'none', label: 'Ei' },
            { value: 'applied', label: 'Haen' },
          ],
          onChange: () => undefined,
        })}
        ${textArea({ path: 'goals', label: 'Tavoitteet', error: this.err('goals'), locale: 'fi', value: this.goals, maxLength: 10, onInput: (v) => (this.goals = v) })}
      </form>
      ${politeRegion(this.announcer)}`;
  }
}
customElements.define('job-search-kit-test-form', KitTestForm);

describe('form-kit', () => {
  beforeEach(() => portalBus.publish(RouteTopic, { path: '/job-search', area: 'job-search' }));
  afterEach(() => {
    // Elements first: one leaving mid-edit saves its draft, which must reach the fake backend.
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible without errors and with every control in error', async () => {
      const el = await fixture<KitTestForm>(html`<job-search-kit-test-form></job-search-kit-test-form>`);
      await expect(el).to.be.accessible();
      el.errors = {
        phone: 'phone.invalid',
        'education.0.level': 'education.level.required',
        'workHistory.0.start': 'work.month.invalid',
        'soughtWork.regions': 'sought.regions.required',
        'benefit.status': 'benefit.required',
        goals: 'goals.too-long',
      };
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('gives each control the id of its issue path, with aria-describedby and aria-invalid', async () => {
      const el = await fixture<KitTestForm>(html`<job-search-kit-test-form .errors=${{ phone: 'phone.invalid' }}></job-search-kit-test-form>`);
      const root = el.shadowRoot!;
      const phone = root.querySelector<HTMLInputElement>('#phone')!;
      expect(phone.getAttribute('aria-invalid')).to.equal('true');
      expect(phone.getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
      expect(phone.autocomplete).to.equal('tel');
      expect(root.querySelector('#phone-error')!.textContent).to.equal('Virhe: Anna puhelinnumero numeroina, esimerkiksi 040 123 4567.');
      expect(root.querySelector<HTMLSelectElement>('#education-0-level')!.value).to.equal('master');
      expect(root.querySelector<HTMLInputElement>('#workHistory-0-start')!.value).to.equal('8');
      expect(root.querySelector<HTMLInputElement>('#workHistory-0-start-year')!.value).to.equal('2019');
      // The first option carries the group's id, so the summary's link lands on it.
      expect(root.querySelector<HTMLInputElement>('#soughtWork-regions')!.value).to.equal('091');
      expect(root.querySelector<HTMLInputElement>('#soughtWork-regions-049')!.value).to.equal('049');
      expect(root.querySelector('fieldset.section legend h2')!.textContent).to.equal('Etuus');
    });

    it('lists errors in page order in a summary whose links focus the fields', async () => {
      const el = await fixture<KitTestForm>(
        html`<job-search-kit-test-form .errors=${{ 'soughtWork.regions': 'sought.regions.required', phone: 'phone.invalid', '': 'text.required' }}></job-search-kit-test-form>`,
      );
      const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      expect(summary.querySelector('h2')!.textContent).to.equal('Korjaa seuraavat kohdat');
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#form', '#phone', '#soughtWork-regions']);
      links[2]!.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('soughtWork-regions');
      links[0]!.click();
      expect(el.shadowRoot!.activeElement?.id).to.equal('phone');
    });

    it('finds the nearest field for a path only the server knows', async () => {
      const el = await fixture<KitTestForm>(html`<job-search-kit-test-form></job-search-kit-test-form>`);
      const root = el.shadowRoot!;
      expect(findField(root, 'education.0.level')?.id).to.equal('education-0-level');
      expect(findField(root, 'education')?.id).to.equal('education-0-level');
      expect(findField(root, 'education.7.field')?.id).to.equal('education-0-level');
      expect(findField(root, 'nothing.here')?.id).to.equal('phone');
    });

    it('keeps checkbox choices in the order of the options', async () => {
      const el = await fixture<KitTestForm>(html`<job-search-kit-test-form></job-search-kit-test-form>`);
      el.shadowRoot!.querySelector<HTMLInputElement>('#soughtWork-regions-092')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLInputElement>('#soughtWork-regions')!.click();
      await el.updateComplete;
      expect(el.regions).to.deep.equal(['091', '092']);
    });

    it('counts characters down and then over the limit, and says it politely after a pause', async () => {
      const el = await fixture<KitTestForm>(html`<job-search-kit-test-form></job-search-kit-test-form>`);
      const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#goals')!;
      expect(area.getAttribute('aria-describedby')).to.equal('goals-info');
      expect(el.shadowRoot!.querySelector('#goals-info')!.textContent).to.equal('Voit kirjoittaa enintään 10 merkkiä.');
      area.value = 'yksitoista!';
      area.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.char-count')!.textContent).to.equal('Tekstissä on 1 merkki liikaa.');
      expect(area.getAttribute('aria-invalid')).to.equal('true');
      el.announcer.say(characterCountText(3, 10, 'fi'));
      expect(el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.equal('');
      await waitUntil(() => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent === 'Voit kirjoittaa vielä 7 merkkiä.');
    });

    it('words every error code of the contract in every language', () => {
      for (const locale of LOCALES) {
        for (const code of Object.values(JOB_SEARCH_ERRORS)) {
          expect(errorText(code, locale), `${locale} ${code}`).not.to.equal(kitMessages[locale].unknownError);
        }
        expect(errorText('some.new-code', locale)).to.equal(kitMessages[locale].unknownError);
      }
      expect(errorText('phone.invalid', 'sv')).to.equal('Ange telefonnumret med siffror, till exempel 040 123 4567.');
      expect(errorText('phone.invalid', 'en', { 'phone.invalid': 'Enter the number of your work phone.' })).to.equal('Enter the number of your work phone.');
    });

    it('maps issue paths to ids and keeps the first issue of each path', () => {
      expect(fieldId('education.1.field')).to.equal('education-1-field');
      expect(fieldId('')).to.equal('form');
      const errors = errorsFromIssues([
        { path: 'phone', message: 'phone.invalid' },
        { path: 'phone', message: 'text.required' },
        { path: 'education.0.level', message: 'education.level.required' },
      ]);
      expect(errors).to.deep.equal({ phone: 'phone.invalid', 'education.0.level': 'education.level.required' });
      expect(orderedErrors(errors, ['education.0.level', 'phone']).map((e) => e.path)).to.deep.equal(['education.0.level', 'phone']);
    });

    it('reads the API errors: validation details, conflicts', () => {
      const invalid = new ApiRequestError(400, 'validation-failed', 'x', [{ path: 'goals', message: 'goals.too-long' }]);
      expect(errorsFromApiError(invalid)).to.deep.equal({ goals: 'goals.too-long' });
      expect(errorsFromApiError(new ApiRequestError(500, 'internal-error', 'x'))).to.equal(undefined);
      expect(isConflict(new ApiRequestError(409, 'conflict', 'x'))).to.equal(true);
      expect(isConflict(new ApiRequestError(400, 'bad-request', 'x'))).to.equal(false);
    });

    it('counts calendar days in Finland', () => {
      expect(addDays('2026-12-30', 3)).to.equal('2027-01-02');
      expect(daysBetween('2026-03-28', '2026-03-30')).to.equal(2);
      expect(daysBetween('2026-03-30', '2026-03-28')).to.equal(-2);
      expect(helsinkiToday(new Date('2026-11-24T22:30:00Z'))).to.equal('2026-11-25');
    });

    it('says how a deadline stands: days left, due today, or late by the server’s word or the calendar', () => {
      const today = helsinkiToday();
      expect(deadlineOf(addDays(today, 1), false, today)).to.deep.equal({ kind: 'left', days: 1 });
      expect(deadlineOf(today, false, today)).to.deep.equal({ kind: 'today' });
      expect(deadlineOf(addDays(today, -1), false, today)).to.deep.equal({ kind: 'late' });
      expect(deadlineOf(addDays(today, 5), true, today)).to.deep.equal({ kind: 'late' });
      expect(deadlineText({ kind: 'left', days: 2 }, 'fi')).to.equal('2 päivää aikaa');
      expect(deadlineText({ kind: 'left', days: 1 }, 'sv')).to.equal('1 dag kvar');
      expect(deadlineText({ kind: 'today' }, 'en')).to.equal('Due today');
    });
  });

  describe('events', () => {
    it('announces the step title and moves focus to the h1, the summary or a field', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      const el = await fixture<KitTestForm>(html`<job-search-kit-test-form></job-search-kit-test-form>`);
      await el.updateComplete;
      await el.flow.goTo('check');
      expect(el.shadowRoot!.activeElement?.tagName).to.equal('H1');
      el.errors = { phone: 'phone.invalid' };
      await el.flow.goTo('edit', 'summary');
      expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
      await el.flow.goTo('edit', { path: 'workHistory.0.start' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('workHistory-0-start');
      subscription.unsubscribe();
      expect(titles).to.deep.equal(['Kit edit', 'Kit check', 'Kit edit']);
    });

    it('asks the shell to navigate on a plain click of an internal link, and leaves other clicks alone', async () => {
      const paths: string[] = [];
      const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const link = await fixture<HTMLAnchorElement>(html`<a href="/job-search/register" @click=${followInternalLink}>x</a>`);
      const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      link.dispatchEvent(plain);
      expect(plain.defaultPrevented).to.equal(true);
      // Ctrl+click opens a new tab: the browser's business. (Stopped here so the test page stays.)
      link.addEventListener('click', (event) => event.preventDefault());
      const withCtrl = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
      link.dispatchEvent(withCtrl);
      subscription.unsubscribe();
      expect(paths).to.deep.equal(['/job-search/register']);
    });

    it('sends one idempotency key until a send succeeds', async () => {
      let answer: 'fail' | 'network' | 'ok' = 'fail';
      const calls = stubFetch(() => {
        if (answer === 'network') throw new TypeError('Failed to fetch');
        return answer === 'fail'
          ? apiError('internal-error', 500)
          : json({ id: 'r1', kind: 'registration', receivedAt: '2026-11-25T10:00:00.000Z', payerNotice: null, jobSearch: activeWithAssessment }, 201);
      });
      const post = new IdempotentPost('/api/job-search/registration', JobSearchReceiptSchema);
      const first = post.key;
      await post.send({ a: 1 }).catch(() => undefined);
      answer = 'network';
      await post.send({ a: 1 }).catch(() => undefined);
      answer = 'ok';
      const receipt = await post.send({ a: 1 });
      expect(receipt.id).to.equal('r1');
      expect(calls.map((c) => c.headers['idempotency-key'])).to.deep.equal([first, first, first]);
      expect(calls[0]!.method).to.equal('POST');
      expect(calls[0]!.headers['content-type']).to.equal('application/json');
      expect(calls[0]!.body).to.deep.equal({ a: 1 });
      expect(post.key).not.to.equal(first);
    });
  });
});
