import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { DraftSchema, LocaleTopic, NavigationTopic, portalBus, RouteTopic, type Messages } from '@portal/shared-contracts';
import { baseStyles } from '../styles/base.styles.js';
import { formStyles } from '../styles/form.styles.js';
import { restoreFetch, stubFetch, type FetchCall } from '../testing/fetch-stub.js';
import { $, root, type } from '../testing/shadow-dom.js';
import { formatDateTime } from '../page/dates.js';
import { AreaFormElement, type FormMessageKey, type Restored, type Validation } from './area-form-element.js';
import { textField } from './form-controls.js';
import { FormStep } from './form-flow.js';

// The kit's form as every area gets it: a restored draft's "start again", and Cancel that asks what
// becomes of a draft. A small form of two fields stands in for an area's.

interface Values extends Record<string, unknown> {
  readonly name: string;
  readonly phone: string;
}

const DRAFT_URL = '/api/drafts/ui-kit.test';
/** What the form starts from with no draft: the person's data as it is. */
const BASE: Values = { name: 'Tessa Testilä', phone: '040 123 4567' };

type Key = FormMessageKey | 'name' | 'phone';
const words = (title: string, cont: string, cancel: string): Readonly<Record<Key, string>> => ({
  titleEdit: title,
  titleCheck: title,
  titleReceipt: title,
  continue: cont,
  cancel,
  send: 'Send',
  receiptHeading: 'Received',
  name: 'Nimi',
  phone: 'Puhelin',
});
const messages: Messages<Key> = {
  fi: words('Testilomake', 'Jatka', 'Peruuta'),
  sv: words('Testformulär', 'Fortsätt', 'Avbryt'),
  en: words('Test form', 'Continue', 'Cancel'),
};

/** Reads the draft's strings over the base, as an area's form does. */
function restore(draft: Record<string, unknown>): Restored<Values> {
  const pick = (field: 'name' | 'phone'): string => {
    const saved = draft[field];
    return typeof saved === 'string' ? saved : BASE[field];
  };
  return { values: { name: pick('name'), phone: pick('phone') }, restored: true };
}

// Never sent here: any contract schema does for the receipt's.
class UiKitFormTest extends AreaFormElement<Values, Values, Key, typeof DraftSchema> {
  static override styles = [baseStyles, formStyles];

  constructor() {
    super({ area: 'ui-kit-test', draftKey: 'ui-kit.test', url: '/api/ui-kit-test', receipt: DraftSchema, messages });
    this.basePath = '/ui-kit-test';
  }

  protected override load(signal: AbortSignal): Promise<void> {
    return this.loadDraft(signal, BASE, restore);
  }

  protected override validate(): Validation<Values> | undefined {
    return this.values && { ok: true, request: this.values };
  }

  protected override noticeText(): string | undefined {
    return undefined;
  }

  protected override renderBody(step: FormStep): TemplateResult {
    const values = this.values;
    if (!values || step !== FormStep.edit) return html``;
    const field = (path: 'name' | 'phone'): TemplateResult =>
      textField({ path, label: this.t(path), locale: this.language, value: values[path], onInput: (value) => this.set(path, value) });
    return html`${this.renderNotice()} ${this.renderEditForm(html`${field('name')} ${field('phone')}`)}`;
  }
}
customElements.define('ui-kit-form-test', UiKitFormTest);

/** The drafts API with `draft` saved (or none: 204 No Content); every call recorded. */
function drafts(draft?: Record<string, unknown>): FetchCall[] {
  return stubFetch((call) => {
    if (call.url !== DRAFT_URL) return new Response(null, { status: 500 });
    if (call.method === 'GET') {
      return draft
        ? new Response(JSON.stringify({ key: 'ui-kit.test', data: draft, savedAt: '2026-11-20T10:00:00.000Z' }), {
            headers: { 'content-type': 'application/json' },
          })
        : new Response(null, { status: 204 });
    }
    if (call.method === 'PUT') {
      const data = (call.body as { data: unknown }).data;
      return new Response(JSON.stringify({ key: 'ui-kit.test', data, savedAt: new Date().toISOString() }), {
        headers: { 'content-type': 'application/json' },
      });
    }
    return new Response(null, { status: 204 });
  });
}

async function form(): Promise<UiKitFormTest> {
  const el = await fixture<UiKitFormTest>(html`<ui-kit-form-test></ui-kit-form-test>`);
  await waitUntil(() => el.values !== undefined, 'the form starts', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Where the shell was asked to go (a shell is there: a route was published). */
function navigations(): { paths: string[]; stop: () => void } {
  portalBus.publish(RouteTopic, { path: '/ui-kit-test/form', area: 'ui-kit-test' });
  const paths: string[] = [];
  const subscription = portalBus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
  return { paths, stop: () => subscription.unsubscribe() };
}

const input = (el: UiKitFormTest, id: string): HTMLInputElement => $<HTMLInputElement>(el, `#${id}`);
const deletes = (calls: FetchCall[]): number => calls.filter((c) => c.method === 'DELETE' && c.url === DRAFT_URL).length;

describe('ui-kit AreaFormElement', () => {
  let nav: ReturnType<typeof navigations>;
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    nav = navigations();
  });
  afterEach(() => {
    nav.stop();
    // Removed first: a form leaving mid-edit saves its draft, which goes to the stub, not the test server.
    fixtureCleanup();
    restoreFetch();
  });

  describe('accessibility', () => {
    it('is accessible with a restored draft, and with the panel Cancel opens', async () => {
      drafts({ phone: '' });
      const el = await form();
      await expect(el).to.be.accessible();
      $(el, '.cancel').click();
      await waitUntil(() => root(el).querySelector('.leave') !== null);
      await expect(el).to.be.accessible();
    });
  });

  describe('start again', () => {
    it('throws the draft away, goes back to what the form started from, says so and focuses the first field', async () => {
      const calls = drafts({ phone: '', name: 'typo@' });
      const el = await form();
      expect(input(el, 'phone').value).to.equal('');
      const notice = $(el, '.notice');
      expect(notice.textContent).to.contain('Palautimme tiedot');
      const again = $<HTMLButtonElement>(el, '.notice .start-again');
      expect(again.textContent!.trim()).to.equal('Hylkää keskeneräiset muutokset ja aloita alusta');
      await expect(el).to.be.accessible();

      again.click();
      await waitUntil(() => el.notice === undefined, 'the notice goes');
      await el.updateComplete;
      expect(deletes(calls)).to.equal(1);
      expect(el.values).to.deep.equal(BASE);
      expect(input(el, 'name').value).to.equal(BASE.name);
      expect(input(el, 'phone').value).to.equal(BASE.phone);
      expect(root(el).querySelector('.notice')).to.equal(null);
      expect(root(el).activeElement).to.equal(input(el, 'name'));
      expect($(el, '.live').textContent).to.contain('Keskeneräiset muutokset hylättiin.');
      await expect(el).to.be.accessible();

      // Nothing is left to ask about: Cancel leaves at once.
      $(el, '.cancel').click();
      expect(nav.paths).to.deep.equal(['/ui-kit-test']);
    });

    it('is worded in Swedish and English too', async () => {
      drafts({ phone: '' });
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      const el = await form();
      expect($(el, '.start-again').textContent!.trim()).to.equal('Släng de oavslutade ändringarna och börja om');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, '.start-again').textContent!.trim()).to.equal('Discard the unfinished changes and start again');
    });

    it('is not offered without a restored draft', async () => {
      drafts();
      const el = await form();
      expect(root(el).querySelector('.notice')).to.equal(null);
      expect(root(el).querySelector('.start-again')).to.equal(null);
    });
  });

  describe('cancel', () => {
    it('leaves at once when nothing was typed and there is no draft', async () => {
      const calls = drafts();
      const el = await form();
      await expect(el).to.be.accessible();
      $(el, '.cancel').click();
      expect(nav.paths).to.deep.equal(['/ui-kit-test']);
      expect(root(el).querySelector('.leave')).to.equal(null);
      expect(calls.map((c) => c.method)).to.deep.equal(['GET']);
    });

    it('asks what becomes of what was typed, in a focused group named by its heading', async () => {
      drafts();
      const el = await form();
      await type(el, 'phone', '');
      $(el, '.cancel').click();
      await el.updateComplete;
      expect(nav.paths).to.deep.equal([], 'not left yet');
      const panel = $(el, '.leave');
      expect(panel.getAttribute('role')).to.equal('group');
      expect(root(el).getElementById(panel.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'Säilytetäänkö keskeneräiset muutokset?',
      );
      expect(root(el).activeElement).to.equal(panel);
      expect([...panel.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Säilytä luonnos ja poistu',
        'Hylkää muutokset ja poistu',
        'Jatka muokkaamista',
      ]);
      expect(root(el).querySelector('.cancel'), 'in place of the buttons').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks too when a draft was restored, though nothing was typed since', async () => {
      drafts({ phone: '' });
      const el = await form();
      $(el, '.cancel').click();
      await el.updateComplete;
      expect(root(el).querySelector('.leave')).not.to.equal(null);
      expect(nav.paths).to.deep.equal([]);
    });

    it('keep: saves what was typed and leaves, the draft not deleted', async () => {
      const calls = drafts();
      const el = await form();
      await type(el, 'phone', '050 999');
      $(el, '.cancel').click();
      await el.updateComplete;
      $(el, '.leave .keep').click();
      await waitUntil(() => nav.paths.length === 1, 'left');
      expect(nav.paths).to.deep.equal(['/ui-kit-test']);
      expect(deletes(calls)).to.equal(0);
      const put = calls.find((c) => c.method === 'PUT');
      expect((put?.body as { data: Values } | undefined)?.data.phone).to.equal('050 999');
    });

    it('discard: deletes the draft on the server, then leaves', async () => {
      const calls = drafts({ phone: '' });
      const el = await form();
      $(el, '.cancel').click();
      await el.updateComplete;
      let deletedBeforeLeaving = false;
      const watch = portalBus.subscribe(NavigationTopic, () => (deletedBeforeLeaving = deletes(calls) === 1));
      $(el, '.leave .discard').click();
      await waitUntil(() => nav.paths.length === 1, 'left');
      watch.unsubscribe();
      expect(deletedBeforeLeaving).to.equal(true);
      expect(nav.paths).to.deep.equal(['/ui-kit-test']);
      expect(calls.some((c) => c.method === 'PUT')).to.equal(false);
    });

    it('continue editing: the panel closes, focus back on Cancel, what was typed still there', async () => {
      const calls = drafts();
      const el = await form();
      await type(el, 'phone', '050 999');
      $(el, '.cancel').click();
      await el.updateComplete;
      $(el, '.leave .stay').click();
      await waitUntil(() => root(el).querySelector('.leave') === null);
      await el.updateComplete;
      expect(root(el).activeElement).to.equal($(el, '.cancel'));
      expect(input(el, 'phone').value).to.equal('050 999');
      expect(nav.paths).to.deep.equal([]);
      expect(deletes(calls)).to.equal(0);
    });

    it('works from the keyboard: Enter on Cancel opens the panel, Escape closes it', async () => {
      drafts({ phone: '' });
      const el = await form();
      $(el, '.cancel').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement === root(el).querySelector('.leave'), 'focus in the panel');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal($(el, '.leave .keep'));
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => root(el).querySelector('.leave') === null);
      await el.updateComplete;
      expect(root(el).activeElement).to.equal($(el, '.cancel'));
      expect(nav.paths).to.deep.equal([]);
    });
  });

  describe('a send during a maintenance break', () => {
    /** The drafts API, and a send refused with 503 service-unavailable, Retry-After 600 s. */
    function duringBreak(): FetchCall[] {
      return stubFetch((call) => {
        if (call.url === '/api/ui-kit-test') {
          return new Response(JSON.stringify({ error: { code: 'service-unavailable', message: 'In a maintenance break.' } }), {
            status: 503,
            headers: { 'content-type': 'application/json', 'retry-after': '600' },
          });
        }
        if (call.method === 'GET') return new Response(null, { status: 204 });
        const data = (call.body as { data?: unknown } | undefined)?.data ?? {};
        return new Response(JSON.stringify({ key: 'ui-kit.test', data, savedAt: new Date().toISOString() }), {
          headers: { 'content-type': 'application/json' },
        });
      });
    }

    for (const [locale, words] of [
      ['fi', 'huoltokatko'],
      ['sv', 'serviceavbrott'],
      ['en', 'maintenance break'],
    ] as const) {
      it(`keeps what was typed, saves the draft and says when to try again, next to a retry (${locale})`, async () => {
        portalBus.publish(LocaleTopic, { locale });
        const calls = duringBreak();
        const el = await form();
        await type(el, 'phone', '050 765 4321');
        const around = [0, 60_000].map((skew) => formatDateTime(new Date(Date.now() + 600_000 + skew), locale));
        await el.send();
        await el.updateComplete;
        const text = $(el, '.notice')?.textContent?.replace(/\s+/g, ' ') ?? '';
        expect(text).to.contain(words);
        expect(
          around.some((time) => text.includes(time)),
          `${text} names the break's end`,
        ).to.equal(true);
        expect($(el, '.notice .retry')).to.exist;
        expect(el.values?.phone).to.equal('050 765 4321');
        expect(input(el, 'phone').value).to.equal('050 765 4321');
        expect(calls.some((call) => call.method === 'PUT' && call.url === DRAFT_URL)).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('says only that sending failed for another 5xx, with no time', async () => {
      stubFetch((call) => (call.method === 'GET' ? new Response(null, { status: 204 }) : new Response(null, { status: 502 })));
      const el = await form();
      await el.send();
      await el.updateComplete;
      expect($(el, '.notice')?.textContent?.replace(/\s+/g, ' ')).to.contain('Lähettäminen ei onnistunut');
    });
  });
});
