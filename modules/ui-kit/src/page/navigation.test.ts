import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { createBus, NavigationTopic, RouteTopic } from '@portal/shared-contracts';
import { followInternalLink, telHref } from './navigation.js';

describe('ui-kit navigation', () => {
  afterEach(() => fixtureCleanup());

  describe('accessibility', () => {
    it('keeps a real, accessible link', async () => {
      const link = await fixture<HTMLAnchorElement>(html`<a href="/area/page" @click=${followInternalLink}>Sivu</a>`);
      await expect(link).to.be.accessible();
    });
  });

  describe('events', () => {
    it('asks the shell to navigate on a plain click of an internal link, and leaves other clicks alone', async () => {
      const bus = createBus();
      const paths: string[] = [];
      bus.subscribe(NavigationTopic, ({ path }) => paths.push(path));
      const link = await fixture<HTMLAnchorElement>(
        html`<a href="/area/page?x=1#y" @click=${(event: MouseEvent) => followInternalLink(event, bus)}>x</a>`,
      );
      // No shell (no route published): the browser's own navigation. (Stopped here so the test page stays.)
      link.addEventListener('click', (event) => event.preventDefault());
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
      expect(paths).to.deep.equal([]);
      bus.publish(RouteTopic, { path: '/area', area: 'area' });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 1 }));
      expect(paths).to.deep.equal(['/area/page?x=1#y']);
    });

    it('dials digits only', () => {
      expect(telHref('+358 40 123 4567')).to.equal('tel:+358401234567');
    });
  });
});
