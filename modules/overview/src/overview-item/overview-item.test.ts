import { expect, fixture, html } from '@open-wc/testing';
import type { CurrentItem } from '@portal/shared-contracts';
import { defineOverviewElements } from '../define.js';
import type { OverviewItem } from './overview-item.js';

defineOverviewElements();

const task: CurrentItem = {
  id: 'contact',
  area: 'profile',
  kind: 'task',
  title: { fi: 'Lisää puhelinnumero', sv: 'Lägg till telefonnummer', en: 'Add your phone number' },
  description: { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' },
  dueDate: '2026-12-24',
  href: '/profile',
  urgency: 'action',
};

describe('overview-item', () => {
  describe('accessibility', () => {
    it('is accessible', async () => {
      const el = await fixture<OverviewItem>(html`<overview-item .item=${task} locale="fi" area-name="Omat tiedot"></overview-item>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('renders the item in the given language with its area, link and due date', async () => {
      const el = await fixture<OverviewItem>(
        html`<overview-item .item=${task} locale="en" area-name="My details" today="2026-12-22"></overview-item>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('.kind')!.textContent).to.equal('Task · My details');
      expect(root.querySelector('a')!.textContent).to.equal('Add your phone number');
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('/profile');
      expect(root.querySelector('.due')!.textContent!.trim()).to.equal('Due 24 December 2026. 2 days left.');
      expect(root.querySelector('article')!.classList.contains('action')).to.equal(true);
    });

    it("counts the days left in the reader's language, and says when the deadline has passed", async () => {
      const el = await fixture<OverviewItem>(html`<overview-item .item=${task} locale="fi" today="2026-12-23"></overview-item>`);
      const due = () => el.shadowRoot!.querySelector('.due')!;
      expect(due().textContent).to.contain('1 päivä jäljellä.');
      el.today = '2026-12-24';
      el.locale = 'sv';
      await el.updateComplete;
      expect(due().textContent).to.contain('Tidsfristen går ut i dag.');
      el.today = '2026-12-27';
      el.locale = 'en';
      await el.updateComplete;
      expect(due().textContent).to.contain('The deadline has passed.');
      expect(due().classList.contains('passed')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('renders nothing without an item', async () => {
      const el = await fixture<OverviewItem>(html`<overview-item></overview-item>`);
      expect(el.shadowRoot!.children).to.have.length(0);
    });
  });
});
