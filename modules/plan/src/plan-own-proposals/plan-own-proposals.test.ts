import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { LocaleTopic, portalBus } from '@portal/shared-contracts';
import { definePlanElements } from '../define.js';
import { ownReturned, ownSubmitted } from '../testing/fixtures.js';
import { $$, atPhoneWidth, expectNoSidewaysScroll, root, squash } from '../testing/helpers.js';
import type { PlanOwnProposals } from './plan-own-proposals.js';

definePlanElements();

async function proposals(list = [ownSubmitted, ownReturned]): Promise<PlanOwnProposals> {
  const el = await fixture<PlanOwnProposals>(html`<plan-own-proposals .proposals=${list}></plan-own-proposals>`);
  await el.updateComplete;
  return el;
}

describe('plan-own-proposals', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'en' }));
  afterEach(() => fixtureCleanup());

  describe('accessibility', () => {
    it('is accessible with a submitted and a returned proposal', async () => {
      await expect(await proposals()).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('shows each proposal with its state, and the office’s comments on the returned one, in English', async () => {
      const el = await proposals();
      const articles = $$(el, 'article.own-proposal');
      expect(articles.map((a) => a.dataset['id'])).to.deep.equal([ownSubmitted.id, ownReturned.id]);
      expect(squash(articles[0]!.querySelector('h3')!.textContent)).to.equal('Your proposal of 20 November 2026');
      expect(squash(articles[0]!.textContent)).to.contain('Status Submitted');
      expect(squash(articles[0]!.textContent)).to.contain('Target date 31 December 2026');
      expect(squash(articles[1]!.querySelector('.office-comments')!.textContent)).to.equal(
        'Your adviser’s comments Lisää ehdotukseen, milloin aloitat kurssin.',
      );
    });

    it('draws nothing without proposals', async () => {
      const el = await proposals([]);
      expect(root(el).querySelector('section')).to.equal(null);
    });

    it('fits a 320 px screen without sideways scrolling', async () => {
      const el = await proposals();
      await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
    });
  });
});
