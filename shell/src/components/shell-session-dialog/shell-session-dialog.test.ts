import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LocaleTopic, portalBus } from '@portal/shared-contracts';
import { defineSessionDialogElement, defineShellElements } from '../../define.js';
import { formatTimeLeft, type ShellSessionDialog } from './shell-session-dialog.js';

defineShellElements();
await defineSessionDialogElement();

async function openDialog(canExtend = true): Promise<ShellSessionDialog> {
  const el = await fixture<ShellSessionDialog>(html`<shell-session-dialog></shell-session-dialog>`);
  el.endsAt = new Date(Date.now() + 119_000);
  el.canExtend = canExtend;
  el.open = true;
  await el.updateComplete;
  return el;
}

const dialogOf = (el: ShellSessionDialog) => el.shadowRoot!.querySelector('dialog')!;

describe('shell-session-dialog', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    it('is accessible when open', async () => {
      const el = await openDialog();
      await expect(el).to.be.accessible();
      el.open = false;
    });
  });

  describe('properties', () => {
    it('opens as a modal dialog with focus on "continue" and the time left', async () => {
      const el = await openDialog();
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Jatka asiointia');
      expect(dialog.textContent).to.contain('Istuntosi on päättymässä');
      expect(dialog.textContent).to.match(/Aikaa on jäljellä 1:5\d/);
      el.open = false;
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
    });

    it('offers signing in again instead of continuing when the session cannot be extended', async () => {
      const el = await openDialog(false);
      expect(dialogOf(el).textContent).to.contain('enimmäiskeston');
      expect(el.shadowRoot!.querySelector('button.primary')!.textContent!.trim()).to.equal('Kirjaudu uudelleen');
      el.open = false;
    });

    it('follows the language', async () => {
      const el = await openDialog();
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(dialogOf(el).textContent).to.contain('Din session håller på att ta slut');
      el.open = false;
    });

    it('formats the time left', () => {
      expect(formatTimeLeft(120_000)).to.equal('2:00');
      expect(formatTimeLeft(61_500)).to.equal('1:02');
      expect(formatTimeLeft(-5)).to.equal('0:00');
    });
  });

  describe('events', () => {
    it('continues with the button', async () => {
      const el = await openDialog();
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click());
      await oneEvent(el, 'shell-session-continue');
      el.open = false;
    });

    it('continues with Escape too', async () => {
      const el = await openDialog();
      const continued = oneEvent(el, 'shell-session-continue');
      await sendKeys({ press: 'Escape' });
      await continued;
      expect(dialogOf(el).open).to.equal(false);
      expect(el.open).to.equal(false);
    });

    it('does not continue when the shell closes it', async () => {
      const el = await openDialog();
      let continued = false;
      el.addEventListener('shell-session-continue', () => (continued = true));
      el.open = false;
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(continued).to.equal(false);
    });

    it('signs out', async () => {
      const el = await openDialog();
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!.click());
      await oneEvent(el, 'shell-sign-out-request');
      el.open = false;
    });
  });
});
