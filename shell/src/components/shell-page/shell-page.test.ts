import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LocaleTopic, portalBus } from '@portal/shared-contracts';
import { profileEntry } from '../../testing/registry-fixtures.js';
import { defineShellElements } from '../../define.js';
import { LandingNotice, shellViewTitle, type ShellPage } from './shell-page.js';

defineShellElements();

const profile = profileEntry;

describe('shell-page', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    for (const view of [
      { kind: 'landing' },
      { kind: 'not-found', path: '/nothing' },
      { kind: 'sign-in-required', entry: profile },
      { kind: 'loading' },
    ] as const) {
      it(`is accessible as ${view.kind}`, async () => {
        const el = await fixture<ShellPage>(html`<shell-page .view=${view}></shell-page>`);
        await expect(el).to.be.accessible();
      });
    }
    it('is accessible with a notice and with the registry failure', async () => {
      const el = await fixture<ShellPage>(html`<shell-page .view=${{ kind: 'landing' }} notice="signed-out"></shell-page>`);
      await expect(el).to.be.accessible();
      el.registryFailed = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('draws the signed-out front page with one h1 and a sign-in button', async () => {
      const el = await fixture<ShellPage>(html`<shell-page .view=${{ kind: 'landing' }}></shell-page>`);
      expect(el.shadowRoot!.querySelectorAll('h1')).to.have.length(1);
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Työnhakijan asiointipalvelu');
      expect(el.shadowRoot!.querySelector('button.button')!.textContent!.trim()).to.equal('Kirjaudu sisään');
    });

    it('says which address was not found', async () => {
      const el = await fixture<ShellPage>(html`<shell-page .view=${{ kind: 'not-found', path: '/foo/bar' }}></shell-page>`);
      expect(el.shadowRoot!.textContent).to.contain('/foo/bar');
      expect(el.shadowRoot!.querySelector('a[href="/"]')).to.exist;
    });

    it('names the area that needs sign-in, in the current language', async () => {
      const el = await fixture<ShellPage>(html`<shell-page .view=${{ kind: 'sign-in-required', entry: profile }}></shell-page>`);
      expect(el.shadowRoot!.textContent).to.contain('Omat tiedot');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Mina uppgifter');
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Logga in');
    });

    it('shows the sign-in-cancelled notice as a status that can be dismissed', async () => {
      const el = await fixture<ShellPage>(
        html`<shell-page .view=${{ kind: 'landing' }} notice=${LandingNotice.signInCancelled}></shell-page>`,
      );
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Tunnistautuminen peruttiin');
      status.querySelector('button')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    });

    it('says why the person was signed out, above the sign-in page of the area they were on', async () => {
      const el = await fixture<ShellPage>(
        html`<shell-page .view=${{ kind: 'sign-in-required', entry: profile }} notice=${LandingNotice.expired}></shell-page>`,
      );
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('istunto päättyi');
      await expect(el).to.be.accessible();
      el.notice = LandingNotice.signedOutElsewhere;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('toisessa selainikkunassa');
    });

    it('gives titles for document.title in every language', () => {
      expect(shellViewTitle({ kind: 'not-found', path: '/x' }, 'fi')).to.equal('Sivua ei löytynyt');
      expect(shellViewTitle({ kind: 'not-found', path: '/x' }, 'sv')).to.equal('Sidan hittades inte');
      expect(shellViewTitle({ kind: 'info', page: 'privacy' }, 'en')).to.equal('Privacy statement');
      expect(shellViewTitle({ kind: 'landing' }, 'en', true)).to.equal('The service is not available right now');
    });
  });

  describe('events', () => {
    it('asks for sign-in', async () => {
      const el = await fixture<ShellPage>(html`<shell-page .view=${{ kind: 'sign-in-required', entry: profile }}></shell-page>`);
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button.button')!.click());
      await oneEvent(el, 'shell-sign-in-request');
    });
  });
});
