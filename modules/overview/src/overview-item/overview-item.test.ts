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
      const el = await fixture<OverviewItem>(html`<overview-item .item=${task} locale="en" area-name="My details"></overview-item>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('.kind')!.textContent).to.equal('Task · My details');
      expect(root.querySelector('a')!.textContent).to.equal('Add your phone number');
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('/profile');
      expect(root.querySelector('.due')!.textContent).to.equal('Due 24 December 2026');
      expect(root.querySelector('article')!.classList.contains('action')).to.equal(true);
    });

    it('renders nothing without an item', async () => {
      const el = await fixture<OverviewItem>(html`<overview-item></overview-item>`);
      expect(el.shadowRoot!.children).to.have.length(0);
    });
  });
});
