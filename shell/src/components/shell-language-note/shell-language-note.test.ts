import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { CustomerTopic, LocaleTopic, portalBus, type Locale } from '@portal/shared-contracts';
import { defineLanguageNote } from './define.js';
import type { ShellLanguageNote } from './shell-language-note.js';

defineLanguageNote();

function signedIn(preferredLanguage: Locale): void {
  portalBus.publish(CustomerTopic, {
    customer: { id: 'sven', firstName: 'Sven', lastName: 'Testsson', displayName: 'Sven Testsson', preferredLanguage },
  });
}

async function note(): Promise<ShellLanguageNote> {
  const el = await fixture<ShellLanguageNote>(html`<shell-language-note></shell-language-note>`);
  await waitUntil(() => el.live, 'the live region takes its words a moment after it is added');
  await el.updateComplete;
  return el;
}

const text = (el: ShellLanguageNote) => el.shadowRoot!.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim();

describe('shell-language-note', () => {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
  });

  describe('accessibility', () => {
    it('is accessible with the note, in every language', async () => {
      signedIn('fi');
      const el = await note();
      for (const locale of ['sv', 'en'] as const) {
        portalBus.publish(LocaleTopic, { locale });
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
    it('is accessible without it, and is a polite live region either way', async () => {
      signedIn('fi');
      const el = await note();
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
    });
  });

  describe('properties', () => {
    it('says nothing while the pages are in the service language, or nobody is signed in', async () => {
      signedIn('sv');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      expect(text(await note())).to.equal(undefined);
      portalBus.publish(CustomerTopic, { customer: null });
      portalBus.publish(LocaleTopic, { locale: 'en' });
      expect(text(await note())).to.equal(undefined);
    });

    it('says what the service language is, and links to its change, in the language of the pages', async () => {
      signedIn('fi');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      const el = await note();
      expect(text(el)).to.equal(
        'Ditt ärendespråk är finska. Om du vill att sysselsättningstjänsterna sköter ärenden med dig på svenska, anmäl att ditt ärendespråk ändras.',
      );
      expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/profile/change');
      signedIn('en');
      portalBus.publish(LocaleTopic, { locale: 'fi' });
      await el.updateComplete;
      expect(text(el)).to.equal(
        'Asiointikielesi on englanti. Jos haluat, että työllisyyspalvelut asioivat kanssasi suomeksi, ilmoita asiointikielen muutos.',
      );
      signedIn('sv');
      portalBus.publish(LocaleTopic, { locale: 'en' });
      await el.updateComplete;
      expect(text(el)).to.equal(
        'Your language of service is Swedish. If you want the employment services to deal with you in English, report a change of your language of service.',
      );
    });

    it('goes when the pages are back in the service language', async () => {
      signedIn('sv');
      const el = await note();
      expect(text(el)).to.contain('ruotsi');
      portalBus.publish(LocaleTopic, { locale: 'sv' });
      await el.updateComplete;
      expect(text(el)).to.equal(undefined);
    });
  });
});
