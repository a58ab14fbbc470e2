import { expect, fixture, html } from '@open-wc/testing';
import { NavigationFocus } from './navigation-focus.js';

/** A page of its own in the document, with a heading that says whose it is. */
function pageOf(id: string): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div id=${id}><h1>${id}</h1><button>${id}: jatka</button></div>`);
}

/** Whose heading has focus; "elsewhere" when something else has it. */
function focused(): string {
  const active = document.activeElement;
  return active instanceof HTMLHeadingElement ? (active.parentElement?.id ?? '') : 'elsewhere';
}

/** Focus put somewhere by the person: on a page's button. */
function personFocuses(page: HTMLElement): void {
  page.querySelector('button')!.focus();
}

async function started(): Promise<NavigationFocus> {
  const main = await fixture<HTMLElement>(html`<main tabindex="-1"></main>`);
  return new NavigationFocus('/', main);
}

/** single-spa's two events around one route change. */
function route(focus: NavigationFocus, path: string): void {
  focus.beforeRouting(path);
  focus.routed();
}

describe('navigation focus', () => {
  describe('accessibility', () => {
    it('leaves the page whose heading took focus accessible', async () => {
      const focus = await started();
      const profile = await pageOf('profile');
      route(focus, '/');
      focus.beforeRouting('/profile');
      focus.pageShown('profile', '/profile');
      focus.areaShown('profile', '/profile', profile);
      expect(focused()).to.equal('profile');
      expect(profile.querySelector('h1')!.getAttribute('tabindex')).to.equal('-1');
      await expect(profile).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('moves no focus at the first load, whatever the page announces', async () => {
      const focus = await started();
      const profile = await pageOf('profile');
      personFocuses(profile);
      route(focus, '/profile');
      focus.pageShown('profile', '/profile');
      focus.areaShown('profile', '/profile', profile);
      focus.shellPageShown(await pageOf('page'));
      expect(focused()).to.equal('elsewhere');
    });

    it('after a navigation, focuses an area once its container shows and its page is announced, in either order, once', async () => {
      const focus = await started();
      const [profile, jobSearch] = [await pageOf('profile'), await pageOf('job-search')];
      route(focus, '/');
      focus.beforeRouting('/profile');
      focus.areaShown('profile', '/profile', profile);
      expect(focused(), 'not before the module announced its page').to.equal('elsewhere');
      focus.pageShown('profile', '/profile');
      focus.areaShown('profile', '/profile', profile);
      expect(focused()).to.equal('profile');
      personFocuses(profile);
      focus.areaShown('profile', '/profile', profile);
      expect(focused(), 'taken once').to.equal('elsewhere');

      focus.beforeRouting('/job-search');
      focus.pageShown('job-search', '/job-search');
      focus.areaShown('job-search', '/job-search', jobSearch);
      expect(focused()).to.equal('job-search');
    });

    it('waits for the announcement of the area now shown, not one from before the routing', async () => {
      const focus = await started();
      const profile = await pageOf('profile');
      personFocuses(profile);
      route(focus, '/');
      focus.pageShown('profile', '/');
      focus.beforeRouting('/profile');
      focus.areaShown('profile', '/profile', profile);
      focus.pageShown('offers', '/profile');
      focus.areaShown('profile', '/profile', profile);
      expect(focused()).to.equal('elsewhere');
    });

    it('leaves a hash change (the skip link) to the browser', async () => {
      const focus = await started();
      const profile = await pageOf('profile');
      personFocuses(profile);
      route(focus, '/profile');
      route(focus, '/profile');
      focus.pageShown('profile', '/profile');
      focus.areaShown('profile', '/profile', profile);
      expect(focused()).to.equal('elsewhere');
    });

    it("focuses the shell's own page after a navigation, and after new content at the same address", async () => {
      const focus = await started();
      const [terms, signIn] = [await pageOf('terms'), await pageOf('sign-in')];
      route(focus, '/profile');
      route(focus, '/terms');
      focus.shellPageShown(terms);
      expect(focused()).to.equal('terms');
      personFocuses(terms);
      focus.shellPageShown(terms);
      expect(focused(), 'taken once').to.equal('elsewhere');
      focus.contentReplaced();
      focus.shellPageShown(signIn);
      expect(focused()).to.equal('sign-in');
    });

    it('focuses the main region when a page has no heading', async () => {
      const main = await fixture<HTMLElement>(html`<main tabindex="-1"></main>`);
      const focus = new NavigationFocus('/', main);
      route(focus, '/');
      route(focus, '/offers');
      focus.shellPageShown(await fixture(html`<div><p>Ei otsikkoa</p></div>`));
      expect(document.activeElement).to.equal(main);
    });
  });

  describe('events', () => {
    it('takes focus again when the focused page is swapped on the same path, but not from where the person put it', async () => {
      const focus = await started();
      const profile = await pageOf('profile');
      route(focus, '/');
      focus.beforeRouting('/profile/change');
      focus.pageShown('profile', '/profile/change');
      focus.areaShown('profile', '/profile/change', profile);
      expect(focused()).to.equal('profile');
      // The module swaps its loading page for the form: the focused heading leaves the DOM.
      profile.replaceChildren(Object.assign(document.createElement('h1'), { textContent: 'Muuta tietoja' }));
      expect(document.activeElement).to.equal(document.body);
      focus.pageShown('profile', '/profile/change');
      focus.areaShown('profile', '/profile/change', profile);
      expect(document.activeElement?.textContent).to.equal('Muuta tietoja');

      const save = profile.appendChild(Object.assign(document.createElement('button'), { textContent: 'Tallenna' }));
      save.focus();
      focus.pageShown('profile', '/profile/change');
      focus.areaShown('profile', '/profile/change', profile);
      expect(document.activeElement).to.equal(save);
    });
  });
});
