import { expect, fixture, html } from '@open-wc/testing';
import { LocaleTopic, portalBus } from '@portal/shared-contracts';
import { activeBreakFor, type PublicMaintenance } from '@portal/shared-contracts/maintenance-public';
import { defineMaintenanceNotice } from './define.js';
import type { ShellMaintenanceNotice } from './shell-maintenance-notice.js';

defineMaintenanceNotice();

const names = {
  plan: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' },
  profile: { fi: 'Omat tiedot', sv: 'Mina uppgifter', en: 'My details' },
};
const message = { fi: 'Päivitämme järjestelmää.', sv: 'Vi uppdaterar systemet.', en: 'We are updating the system.' };
// 22.00–23.30 Finnish time on 10 December 2026.
const plan: PublicMaintenance = { area: 'plan', startsAt: '2026-12-10T20:00:00.000Z', endsAt: '2026-12-10T21:30:00.000Z', message };
const portal: PublicMaintenance = { ...plan, area: null, startsAt: '2026-12-12T06:00:00.000Z', endsAt: '2026-12-12T08:00:00.000Z' };
const BEFORE = Date.parse('2026-12-09T12:00:00Z');
const DURING = Date.parse('2026-12-10T20:30:00Z');

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function notice(
  placement: 'banner' | 'area',
  area: string | null,
  now: number,
  items = [plan, portal],
): Promise<ShellMaintenanceNotice> {
  return fixture<ShellMaintenanceNotice>(
    html`<shell-maintenance-notice placement=${placement} area=${area ?? ''} .area=${area} .items=${items} .names=${names} .now=${now}></shell-maintenance-notice>`,
  );
}

describe('shell-maintenance-notice', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    it('is accessible as the front page’s announcement, in every language', async () => {
      const el = await notice('banner', null, BEFORE);
      for (const locale of ['fi', 'sv', 'en'] as const) {
        portalBus.publish(LocaleTopic, { locale });
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible in place of an area, in every language, its heading focusable', async () => {
      const el = await notice('area', 'plan', DURING);
      for (const locale of ['fi', 'sv', 'en'] as const) {
        portalBus.publish(LocaleTopic, { locale });
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      expect(el.shadowRoot!.querySelector('h1')!.getAttribute('tabindex')).to.equal('-1');
    });
  });

  describe('properties', () => {
    it('announces every break on the shell’s own pages, with its times per language and its message', async () => {
      const el = await notice('banner', null, BEFORE);
      const items = () => [...el.shadowRoot!.querySelectorAll('li')].map((li) => text(li.querySelector('strong')));
      expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('Huoltokatkot');
      expect(items()).to.deep.equal([
        'Huoltokatko: Suunnitelma ei ole käytettävissä 10.12.2026 klo 22.00 – 10.12.2026 klo 23.30.',
        'Huoltokatko: Oma asiointi ei ole käytettävissä 12.12.2026 klo 8.00 – 12.12.2026 klo 10.00.',
      ]);
      expect(text(el.shadowRoot!.querySelector('li p:last-child'))).to.equal('Päivitämme järjestelmää.');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(items()[0]).to.equal('Serviceavbrott: Plan är inte tillgänglig 10.12.2026 kl. 22.00–10.12.2026 kl. 23.30.');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(items()[0]).to.equal(
        'Maintenance break: Plan will not be available from 10 December 2026 at 22:00 to 10 December 2026 at 23:30.',
      );
      expect(text(el.shadowRoot!.querySelector('li p:last-child'))).to.equal('We are updating the system.');
    });

    it('in an area, announces only the breaks that touch it', async () => {
      const el = await notice('banner', 'profile', BEFORE);
      expect(el.shadowRoot!.querySelectorAll('li').length).to.equal(1);
      expect(text(el.shadowRoot!.querySelector('strong'))).to.contain('Oma asiointi');
    });

    it('says a break going on is going on, and nothing once all are over', async () => {
      const el = await notice('banner', null, DURING);
      expect(text(el.shadowRoot!.querySelector('strong'))).to.equal(
        'Huoltokatko: Suunnitelma ei ole käytettävissä 10.12.2026 klo 23.30 asti.',
      );
      el.now = Date.parse('2026-12-12T09:00:00Z');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('section')).to.equal(null);
    });

    it('shows the area’s break in its place: the area, the message and when it ends, in every language', async () => {
      const el = await notice('area', 'plan', DURING);
      expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Suunnitelma: huoltokatko');
      expect([...el.shadowRoot!.querySelectorAll('p')].map(text)).to.deep.equal([
        'Päivitämme järjestelmää.',
        'Palvelu on taas käytettävissä 10.12.2026 klo 23.30.',
        'Oma asioinnin muut osat toimivat normaalisti.',
      ]);
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('h1'))).to.equal('Plan: maintenance break');
      expect(text(el.shadowRoot!.querySelectorAll('p')[1])).to.equal('The service will be available again on 10 December 2026 at 23:30.');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelectorAll('p')[1])).to.equal('Tjänsten är tillgänglig igen 10.12.2026 kl. 23.30.');
    });

    it('shows nothing in place of an area before its break, or for another area; a whole-portal break in every area', async () => {
      expect((await notice('area', 'plan', BEFORE)).shadowRoot!.querySelector('h1')).to.equal(null);
      expect((await notice('area', 'profile', DURING)).shadowRoot!.querySelector('h1')).to.equal(null);
      const whole = await notice('area', 'profile', Date.parse('2026-12-12T07:00:00Z'));
      expect(text(whole.shadowRoot!.querySelector('h1'))).to.equal('Oma asiointi: huoltokatko');
      expect(text(whole.shadowRoot!.querySelectorAll('p')[2])).to.contain('Keskeneräiset lomakkeesi säilyvät');
    });

    it('of several breaks going on, the area shows the one that ends last', () => {
      const longer = { ...plan, area: null, endsAt: '2026-12-10T23:00:00.000Z' };
      expect(activeBreakFor([plan, longer], 'plan', DURING)).to.equal(longer);
      expect(activeBreakFor([plan, longer], 'profile', DURING)).to.equal(longer);
      expect(activeBreakFor([plan], 'profile', DURING)).to.equal(undefined);
    });
  });

  describe('events', () => {
    it('follows the moment the shell moves at the break’s end: the area’s notice goes, so its module shows again', async () => {
      const el = await notice('area', 'plan', DURING);
      expect(el.shadowRoot!.querySelector('h1')).to.exist;
      el.now = Date.parse(plan.endsAt);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h1')).to.equal(null);
    });
  });
});
