import { expect, fixture, html } from '@open-wc/testing';
import { LocaleTopic, portalBus } from '@portal/shared-contracts';
import { defineShellElements } from '../../define.js';
import type { ShellFooter } from './shell-footer.js';

defineShellElements();

describe('shell-footer', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  describe('accessibility', () => {
    it('is accessible', async () => {
      await expect(await fixture<ShellFooter>(html`<shell-footer></shell-footer>`)).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('links the terms, the privacy statement in its own window, and the accessibility statement', async () => {
      const el = await fixture<ShellFooter>(html`<shell-footer></shell-footer>`);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/terms', '/privacy', '/accessibility']);
      const privacy = links[1]!;
      expect(privacy.target).to.equal('_blank');
      expect(privacy.rel).to.contain('noopener');
      // The new window is announced in the link text itself, not only by an icon.
      expect(privacy.textContent).to.contain('avautuu uuteen ikkunaan');
    });

    it('switches language live', async () => {
      const el = await fixture<ShellFooter>(html`<shell-footer></shell-footer>`);
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Tillgänglighetsutlåtande');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Accessibility statement');
    });
  });
});
