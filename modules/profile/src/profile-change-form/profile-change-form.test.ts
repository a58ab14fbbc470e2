import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { helsinkiToday, LocaleTopic, portalBus, SessionExpiringTopic } from '@portal/shared-contracts';
import { type Profile } from '@portal/shared-contracts/profile';
import { defineProfileElements } from '../define.js';
import { json, restoreFetch, root, stubFetch, type, type FetchCall } from '@portal/ui-kit/testing';
import { tessaProfile } from '../testing/fixtures.js';
import { validateChange, initialValues } from './change-model.js';
import type { ProfileChangedEvent } from '../area.js';
import type { ProfileChangeForm } from './profile-change-form.js';

defineProfileElements();

const profile: Profile = { ...tessaProfile, updatedAt: '2026-11-01T10:00:00.000Z' };

/** A fake backend for the form: drafts and change reports. */
function backend(options: { draft?: Record<string, unknown>; answer?: (call: FetchCall) => Response } = {}): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === '/api/drafts/profile.change') {
      if (call.method === 'GET') {
        return options.draft
          ? json({ key: 'profile.change', data: options.draft, savedAt: '2026-11-20T10:00:00.000Z' })
          : new Response(null, { status: 204 });
      }
      if (call.method === 'PUT')
        return json({ key: 'profile.change', data: (call.body as { data: unknown }).data, savedAt: new Date().toISOString() });
      return new Response(null, { status: 204 });
    }
    if (options.answer) return options.answer(call);
    return json({ error: { code: 'not-found', message: 'x' } }, 404);
  });
}

async function form(): Promise<ProfileChangeForm> {
  const el = await fixture<ProfileChangeForm>(html`<profile-change-form .profile=${profile}></profile-change-form>`);
  await el.updateComplete;
  return el;
}

const submit = (el: ProfileChangeForm) => root(el).querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();

describe('profile-change-form', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));
  afterEach(restoreFetch);

  describe('accessibility', () => {
    it('is accessible when editing, with errors, when checking and on the receipt', async () => {
      backend({
        answer: () =>
          json(
            {
              id: 'c1',
              receivedAt: '2026-11-25T10:00:00.000Z',
              effectiveDate: helsinkiToday(),
              changed: ['phone'],
              profile: { ...profile, phone: '040 765 4321' },
            },
            201,
          ),
      });
      const el = await form();
      await expect(el).to.be.accessible();
      await type(el, 'phone', 'soita');
      submit(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await type(el, 'phone', '040 765 4321');
      submit(el);
      await waitUntil(() => el.step === 'check');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
      await waitUntil(() => el.step === 'receipt');
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('starts from the current data and today', async () => {
      backend();
      const el = await form();
      expect(root(el).querySelector<HTMLInputElement>('#phone')!.value).to.equal('+358 40 123 4567');
      expect(root(el).querySelector<HTMLInputElement>('#effectiveDate')!.value).to.equal(helsinkiToday());
      expect(root(el).querySelector<HTMLInputElement>('input[name="contactChannel"][value="email"]')!.checked).to.equal(true);
    });

    it('shows each error next to its field and in a summary that takes focus, keeping what was typed', async () => {
      backend();
      const el = await form();
      await type(el, 'postalCode', '123');
      await type(el, 'email', 'tessa@');
      submit(el);
      await el.updateComplete;
      const summary = root(el).querySelector<HTMLElement>('.error-summary')!;
      expect(root(el).activeElement).to.equal(summary);
      expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal([
        'Anna postinumero, jossa on viisi numeroa, esimerkiksi 00100.',
        'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
      ]);
      const postal = root(el).querySelector<HTMLInputElement>('#postalCode')!;
      expect(postal.value).to.equal('123');
      expect(postal.getAttribute('aria-invalid')).to.equal('true');
      expect(postal.getAttribute('aria-describedby')).to.equal('postalCode-error');
      expect(root(el).querySelector('#postalCode-error')!.textContent).to.contain('viisi numeroa');
      // The summary's link moves focus to the field (fragment links do not reach into shadow DOM).
      summary.querySelector('a')!.click();
      expect(root(el).activeElement).to.equal(postal);
      expect(el.step).to.equal('edit');
    });

    it('refuses a report that changes nothing, in the chosen language', async () => {
      backend();
      const el = await form();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      submit(el);
      await el.updateComplete;
      expect(root(el).querySelector('.error-summary')!.textContent).to.contain('Ändra minst en uppgift');
    });

    it('checks the answers, sends once with an idempotency key, and shows the receipt', async () => {
      let posts = 0;
      const calls = backend({
        answer: (call) => {
          posts++;
          return json(
            {
              id: 'c1',
              receivedAt: '2026-11-25T10:00:00.000Z',
              effectiveDate: (call.body as { effectiveDate: string }).effectiveDate,
              changed: ['phone'],
              profile: { ...profile, phone: '040 765 4321', updatedAt: '2026-11-25T10:00:00.000Z' },
            },
            201,
          );
        },
      });
      const el = await form();
      await type(el, 'phone', '040 765 4321');
      submit(el);
      await waitUntil(() => el.step === 'check');
      expect(root(el).querySelector('h1')!.textContent).to.equal('Tarkista ilmoitus ennen lähettämistä');
      expect(root(el).activeElement).to.equal(root(el).querySelector('h1'));
      const rows = [...root(el).querySelectorAll('.row dt')].map((dt) => dt.textContent);
      expect(rows).to.deep.equal(['Muutos voimassa alkaen', 'Puhelinnumero']);
      const changed = oneEvent(el, 'profile-changed');
      root(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
      const event = (await changed) as unknown as ProfileChangedEvent;
      expect(event.profile.phone).to.equal('040 765 4321');
      await waitUntil(() => el.step === 'receipt');
      expect(posts).to.equal(1);
      const post = calls.find((c) => c.method === 'POST')!;
      expect(post.url).to.equal('/api/profile/changes');
      expect(post.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
      expect(post.body).to.deep.equal({ effectiveDate: helsinkiToday(), basedOn: profile.updatedAt, phone: '040 765 4321' });
      expect(root(el).querySelector('h1')!.textContent).to.equal('Muutosilmoitus on vastaanotettu');
      expect(root(el).textContent).to.contain('040 765 4321');
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/drafts/profile.change')).to.equal(true);
    });

    it('on a conflict shows the newest data and keeps what the person typed', async () => {
      backend({
        answer: (call) =>
          call.url === '/api/profile'
            ? json({ ...profile, email: 'changed.by.office@example.fi', updatedAt: '2026-11-24T09:00:00.000Z' })
            : json({ error: { code: 'conflict', message: 'changed meanwhile' } }, 409),
      });
      const el = await form();
      await type(el, 'phone', '040 765 4321');
      submit(el);
      await waitUntil(() => el.step === 'check');
      root(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
      await waitUntil(() => el.step === 'edit' && el.notice === 'conflict');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('muutettu sillä välin');
      expect(el.profile!.updatedAt).to.equal('2026-11-24T09:00:00.000Z');
      expect(root(el).querySelector<HTMLInputElement>('#phone')!.value).to.equal('040 765 4321');
    });

    it('maps the server validation codes to the fields', async () => {
      backend({
        answer: () =>
          json(
            { error: { code: 'validation-failed', message: 'bad', details: [{ path: 'effectiveDate', message: 'effective-date.range' }] } },
            400,
          ),
      });
      const el = await form();
      await type(el, 'phone', '040 765 4321');
      submit(el);
      await waitUntil(() => el.step === 'check');
      root(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
      await waitUntil(() => el.step === 'edit');
      expect(root(el).querySelector('#effectiveDate-error')!.textContent).to.contain('enintään vuoden');
    });
  });

  describe('keyboard', () => {
    it('can be filled and sent with the keyboard alone: Tab between fields, Enter to continue', async () => {
      backend({
        answer: () =>
          json({ id: 'c1', receivedAt: '2026-11-25T10:00:00.000Z', effectiveDate: helsinkiToday(), changed: ['email'], profile }, 201),
      });
      const el = await form();
      root(el).querySelector<HTMLInputElement>('#phone')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('email');
      // Back again with Shift+Tab (held down and released: the Firefox driver takes no key combinations).
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(root(el).activeElement?.id).to.equal('phone');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('email');
      // Type at the end of the current address: keyboard input, whatever the platform's select-all key.
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '.uusi' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'check');
      expect(root(el).textContent).to.contain('tessa.testila@example.fi.uusi');
      expect(root(el).activeElement).to.equal(root(el).querySelector('h1'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.textContent?.trim()).to.match(/^Muuta/);
    });
  });

  describe('drafts', () => {
    it('restores a saved draft and says so', async () => {
      backend({ draft: { phone: '050 111 2222', street: 'Uusikatu 5' } });
      const el = await form();
      await waitUntil(() => el.notice === 'draftRestored');
      expect(root(el).querySelector<HTMLInputElement>('#phone')!.value).to.equal('050 111 2222');
      expect(root(el).querySelector<HTMLInputElement>('#street')!.value).to.equal('Uusikatu 5');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Palautimme');
    });

    it('starts again from the current data, not from an abandoned edit (a blanked phone, "typo@")', async () => {
      const calls = backend({ draft: { phone: '', email: 'typo@' } });
      const el = await form();
      await waitUntil(() => el.notice === 'draftRestored');
      await el.updateComplete;
      expect(root(el).querySelector<HTMLInputElement>('#phone')!.value).to.equal('');
      const again = root(el).querySelector<HTMLButtonElement>('.notice .start-again')!;
      expect(again.textContent!.trim()).to.equal('Hylkää keskeneräiset muutokset ja aloita alusta');
      await expect(el).to.be.accessible();
      again.click();
      await waitUntil(() => el.notice === undefined);
      await el.updateComplete;
      expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/drafts/profile.change')).to.equal(true);
      expect(root(el).querySelector<HTMLInputElement>('#phone')!.value).to.equal(profile.phone);
      expect(root(el).querySelector<HTMLInputElement>('#email')!.value).to.equal(profile.email);
      expect(root(el).querySelector('.notice')).to.equal(null);
      expect(root(el).activeElement?.id).to.equal('effectiveDate');
      expect(root(el).querySelector('.live')!.textContent).to.contain('Keskeneräiset muutokset hylättiin.');
      await expect(el).to.be.accessible();
    });

    it('saves what was typed at once when the session is about to end', async () => {
      const calls = backend();
      const el = await form();
      await type(el, 'email', 'uusi@example.fi');
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const put = calls.find((c) => c.method === 'PUT')!;
      expect((put.body as { data: { email: string } }).data.email).to.equal('uusi@example.fi');
    });
  });

  it('does not save an unchanged draft at the warning, which would keep the session alive for ever', async () => {
    const calls = backend();
    await form();
    portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.filter((c) => c.method === 'PUT')).to.have.length(0);
  });

  describe('model', () => {
    it('sends only what changed', () => {
      const values = { ...initialValues(profile, '2026-11-25'), contactChannel: 'letter' as const };
      const result = validateChange(values, profile, '2026-11-25');
      expect(result.ok && result.request).to.deep.equal({
        effectiveDate: '2026-11-25',
        basedOn: profile.updatedAt,
        contactChannel: 'letter',
      });
    });

    it('refuses a date more than a year away', () => {
      const values = { ...initialValues(profile, '2028-01-01'), phone: '040 765 4321' };
      const result = validateChange(values, profile, '2026-11-25');
      expect(!result.ok && result.errors.effectiveDate).to.equal('effective-date.range');
    });
  });
});
