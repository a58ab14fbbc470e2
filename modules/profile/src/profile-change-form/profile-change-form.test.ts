import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { helsinkiToday, LocaleTopic, portalBus, SessionExpiringTopic } from '@portal/shared-contracts';
import { type Profile } from '@portal/shared-contracts/profile';
import { defineProfileElements } from '../define.js';
import { atPhoneWidth, expectNoSidewaysScroll, json, restoreFetch, root, stubFetch, type, type FetchCall } from '@portal/ui-kit/testing';
import { tessaProfile } from '../testing/fixtures.js';
import { validateChange, initialValues, restoreValues } from './change-model.js';
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

  describe('an address abroad', () => {
    // Ulla lives in Stockholm and moves to Oslo; she reads the pages in English.
    const ulla: Profile = {
      ...profile,
      firstNames: 'Ulla Maria',
      givenName: 'Ulla',
      lastName: 'Ulkomaa',
      homeMunicipality: null,
      address: { street: 'Drottninggatan 45 lgh 1102', postalCode: '111 21', postOffice: 'Stockholm', country: 'SE' },
      preferredLanguage: 'en',
    };
    const oslo = { street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'NO' };

    async function ullaForm(answer?: (call: FetchCall) => Response, draft?: Record<string, unknown>) {
      portalBus.publish(LocaleTopic, { locale: 'en' });
      const calls = backend({ ...(answer ? { answer } : {}), ...(draft ? { draft } : {}) });
      const el = await fixture<ProfileChangeForm>(html`<profile-change-form .profile=${ulla}></profile-change-form>`);
      await el.updateComplete;
      return { el, calls };
    }
    const $ = <E extends Element>(el: ProfileChangeForm, selector: string) => root(el).querySelector<E>(selector)!;
    const label = (el: ProfileChangeForm, id: string) => $(el, `label[for="${id}"]`).textContent!.trim();
    async function choose(el: ProfileChangeForm, country: string): Promise<void> {
      const select = $<HTMLSelectElement>(el, '#country');
      select.value = country;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    }

    it('asks where the address is, in a fieldset with a legend; abroad it has a city, an optional postal code and a country', async () => {
      const { el } = await ullaForm();
      const radios = root(el).querySelectorAll<HTMLInputElement>('input[name="addressIn"]');
      expect([...radios].map((r) => r.value)).to.deep.equal(['finland', 'abroad']);
      expect(radios[1]!.checked, 'her address is abroad already').to.equal(true);
      const group = radios[0]!.closest('fieldset')!;
      expect(group.querySelector('legend')!.textContent!.trim()).to.equal('Where is your address?');
      expect([...group.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal([
        'Address in Finland',
        'Address abroad',
      ]);
      expect(label(el, 'postOffice')).to.equal('City or town');
      expect(label(el, 'postalCode')).to.match(/^Postal code \(optional\)$/);
      expect($<HTMLInputElement>(el, '#postalCode').getAttribute('inputmode')).to.equal('text');
      const select = $<HTMLSelectElement>(el, '#country');
      expect(label(el, 'country')).to.equal('Country');
      expect(select.value).to.equal('SE');
      expect(select.getAttribute('autocomplete')).to.equal('country');
      const names = [...select.options].slice(1).map((o) => o.textContent);
      expect(names).to.have.length(248);
      expect(names).to.include('Norway');
      expect(
        [...select.options].some((o) => o.value === 'FI'),
        'Finland is not abroad',
      ).to.equal(false);
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('en').compare));
      await expect(el).to.be.accessible();

      // In Finland: the Finnish labels and no country.
      $<HTMLInputElement>(el, 'input[name="addressIn"][value="finland"]').click();
      await el.updateComplete;
      expect(label(el, 'postOffice')).to.equal('Post office');
      expect(label(el, 'postalCode')).to.equal('Postal code');
      expect(root(el).querySelector('#country')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the countries are named and sorted in the page language', async () => {
      const { el } = await ullaForm();
      portalBus.publish(LocaleTopic, { locale: 'fi' });
      await el.updateComplete;
      const select = $<HTMLSelectElement>(el, '#country');
      expect(select.selectedOptions[0]!.textContent).to.equal('Ruotsi');
      expect(select.options[0]!.textContent).to.equal('Valitse maa');
      const names = [...select.options].slice(1).map((o) => o.textContent!);
      expect(names).to.deep.equal([...names].sort(new Intl.Collator('fi').compare));
      expect(label(el, 'postOffice')).to.equal('Kaupunki tai paikkakunta');
    });

    it('Oslo: checked, shown on the check page with the country name, sent with its country, and on the receipt', async () => {
      const { el, calls } = await ullaForm((call) =>
        json(
          {
            id: 'c1',
            receivedAt: '2026-11-25T10:00:00.000Z',
            effectiveDate: (call.body as { effectiveDate: string }).effectiveDate,
            changed: ['address'],
            profile: { ...ulla, address: oslo, updatedAt: '2026-11-25T10:00:00.000Z' },
          },
          201,
        ),
      );
      await type(el, 'street', 'Storgata 1');
      await type(el, 'postalCode', '0155');
      await type(el, 'postOffice', 'Oslo');
      await choose(el, 'NO');
      submit(el);
      await waitUntil(() => el.step === 'check');
      const row = [...root(el).querySelectorAll('.row')].find((r) => r.querySelector('dt')!.textContent === 'Address')!;
      expect(row.querySelector('dd')!.textContent!.trim()).to.equal('Storgata 1, 0155 Oslo, Norway');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.actions .button')!.click();
      await waitUntil(() => el.step === 'receipt');
      const post = calls.find((c) => c.method === 'POST')!;
      expect((post.body as { address: unknown }).address).to.deep.equal(oslo);
      expect(root(el).textContent).to.contain('Storgata 1, 0155 Oslo, Norway');
      await expect(el).to.be.accessible();
    });

    it('says what is wrong next to each field and in the summary, keeping what was typed', async () => {
      const { el } = await ullaForm();
      await type(el, 'street', 'x'.repeat(300));
      await type(el, 'postalCode', '0155 #');
      await type(el, 'postOffice', ' ');
      await choose(el, '');
      submit(el);
      await el.updateComplete;
      const summary = $<HTMLElement>(el, '.error-summary');
      expect(root(el).activeElement).to.equal(summary);
      const expected = [
        'Street address must be 150 characters or fewer.',
        'Postal code can only include letters, numbers, spaces and hyphens.',
        'Enter a city or town.',
        'Choose a country.',
      ];
      expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(expected);
      ['street', 'postalCode', 'postOffice', 'country'].forEach((id, index) => {
        expect($(el, `#${id}-error`).textContent, id).to.contain(expected[index]);
        expect($(el, `#${id}`).getAttribute('aria-invalid'), id).to.equal('true');
      });
      expect($<HTMLInputElement>(el, '#street').value).to.equal('x'.repeat(300));
      expect($<HTMLInputElement>(el, '#postalCode').value).to.equal('0155 #');
      await expect(el).to.be.accessible();
      // The country's link leads to the select.
      [...summary.querySelectorAll('a')][3]!.click();
      expect(root(el).activeElement).to.equal($(el, '#country'));
    });

    it('a too long street in Finland says the limit, not "enter a street address", in every language', async () => {
      backend();
      const el = await form();
      await type(el, 'street', 'k'.repeat(300));
      submit(el);
      await el.updateComplete;
      expect($(el, '#street-error').textContent).to.contain('Katuosoite voi olla enintään 100 merkkiä.');
      expect($(el, '#street-error').textContent).not.to.contain('Anna katuosoite');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect($(el, '#street-error').textContent).to.contain('Gatuadressen får vara högst 100 tecken.');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect($(el, '#street-error').textContent).to.contain('Street address must be 100 characters or fewer.');
    });

    it('keeps the place and the country in the draft, and restores them', async () => {
      const { el, calls } = await ullaForm();
      await choose(el, 'NO');
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const data = (calls.find((c) => c.method === 'PUT')!.body as { data: Record<string, unknown> }).data;
      expect(data['addressIn']).to.equal('abroad');
      expect(data['country']).to.equal('NO');

      const again = await ullaForm(undefined, { ...oslo, addressIn: 'abroad' });
      await waitUntil(() => again.el.notice === 'draftRestored');
      await again.el.updateComplete;
      expect($<HTMLSelectElement>(again.el, '#country').value).to.equal('NO');
      expect($<HTMLInputElement>(again.el, '#postOffice').value).to.equal('Oslo');
    });

    it('works by keyboard and fits a 320 px screen', async () => {
      const { el } = await ullaForm();
      $<HTMLInputElement>(el, '#postOffice').focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('country');
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });
  });

  describe('model', () => {
    it('an old draft (no place, no country) keeps the profile’s; an impossible country is dropped', () => {
      const base = initialValues(profile, '2026-11-25');
      expect(restoreValues(base, { street: 'Uusikatu 5' })).to.include({ addressIn: 'finland', country: '', street: 'Uusikatu 5' });
      expect(restoreValues(base, { addressIn: 'moon', country: 'FI' })).to.include({ addressIn: 'finland', country: '' });
      expect(restoreValues(base, { addressIn: 'abroad', country: 'XX' })).to.include({ addressIn: 'abroad', country: '' });
    });

    it('a Finnish address goes with country FI; moving abroad sends the country', () => {
      const values = { ...initialValues(profile, '2026-11-25'), street: 'Uusikatu 5' };
      const finnish = validateChange(values, profile, '2026-11-25');
      expect(finnish.ok && finnish.request.address).to.deep.equal({
        street: 'Uusikatu 5',
        postalCode: '00100',
        postOffice: 'Helsinki',
        country: 'FI',
      });
      const abroad = validateChange(
        { ...values, addressIn: 'abroad', street: 'Storgata 1', postalCode: '0155', postOffice: 'Oslo', country: 'NO' },
        profile,
        '2026-11-25',
      );
      expect(abroad.ok && abroad.request.address).to.deep.equal({
        street: 'Storgata 1',
        postalCode: '0155',
        postOffice: 'Oslo',
        country: 'NO',
      });
      const noCountry = validateChange({ ...values, addressIn: 'abroad', postalCode: '' }, profile, '2026-11-25');
      expect(!noCountry.ok && noCountry.errors).to.deep.equal({ country: 'country.required' });
    });

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
