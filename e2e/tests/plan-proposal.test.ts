// The person's own plan proposal (issue 16), on the plan module: Tessa would rather propose her own
// plan than accept the office's. She starts typing it, leaves it, and the session times out; she
// signs in again and finds what she typed, sends it, and the office returns it with comments, which
// she reads on the plan page and is pointed to from the front page. Nothing typed is lost.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible } from '../lib/browser.js';
import { scriptsLoadedBy, signInAs, weightOfScripts } from '../lib/measure.js';
import { moduleCommand, registryCommand } from '../lib/operator.js';
import { usePortal } from '../lib/suite.js';

const ADMIN_TOKEN = 'e2e-operator-token-0123456789';
const OFFICE_TOKEN = 'e2e-office-token-0123456789';
// A 10-second idle timeout, as in session-timeout.test.ts: the shell warns half-way.
const suite = usePortal({
  SESSION_IDLE_SECONDS: '10',
  ADMIN_API_TOKENS: `e2e-operator:${ADMIN_TOKEN}`,
  OFFICE_API_TOKENS: `e2e-office:${OFFICE_TOKEN}`,
});
const TESSA = /Tessa Testilä/;
const KB = 1000;
/** A page with a form (e2e/tests/budgets.test.ts). */
const FORM_PAGE_BUDGET = 110 * KB;

describe('drafting one’s own plan proposal', () => {
  test('Tessa drafts her own proposal, is timed out half-way, finds it after signing in again, sends it, and reads the office’s return', async () => {
    const base = suite.portal.baseUrl;
    const operator = { portalUrl: base, adminToken: ADMIN_TOKEN };
    const deployed = await moduleCommand(operator, 'plan', 'deploy');
    assert.equal(deployed.code, 0, deployed.output);
    assert.match(await registryCommand(operator, 'rollout', 'plan', '010280-952L'), /after: {2}module for 010280-952L/);

    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, base, TESSA, '/plan');
    const app = page.locator('plan-app');
    // Under the office's proposal, beside its acceptance: the other way.
    await app.getByRole('button', { name: 'Hyväksy suunnitelma' }).waitFor();
    await app.getByRole('link', { name: 'Laadi oma suunnitelmaehdotus' }).click();
    await page.waitForURL(`${base}/plan/proposal`);
    const form = page.locator('plan-propose');
    await form.getByRole('heading', { level: 1, name: 'Laadi oma suunnitelmaehdotus' }).waitFor();
    await assertAccessible(page, 'the own proposal form');
    // The page's weight, loaded afresh: the plan's root and the form's chunk.
    const paths = await scriptsLoadedBy(page, base, async () => {
      await page.goto(`${base}/plan/proposal`);
      await form.getByRole('button', { name: 'Lisää tehtävä' }).waitFor();
      await page.waitForLoadState('networkidle');
    });
    const weight = await weightOfScripts(base, 'plan', paths);
    assert.ok(weight <= FORM_PAGE_BUDGET, `/plan/proposal: ${(weight / KB).toFixed(1)} KB > budget (${paths.join(', ')})`);
    console.log(`# /plan/proposal on the module: ${(weight / KB).toFixed(1)} KB of JavaScript (brotli)`);

    // Half-way: the goal and the first task's description, then nothing more until the session ends.
    const goal = 'Haen myyjän töitä Tampereella ja suoritan samalla kaupan alan ammattitutkinnon.';
    const task = 'Haen kolmea myyjän paikkaa joka kuukausi.';
    await form.getByLabel('Tavoitteesi').fill(goal);
    await form.getByLabel('Mitä teet?').fill(task);
    await page.locator('shell-page').getByText('istunto päättyi').waitFor({ timeout: 25_000 });
    assert.equal(new URL(page.url()).pathname, '/plan/proposal', 'the person stays where they were');

    await page.locator('shell-page').getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.waitForURL(/\/idp\/authorize/);
    await page.getByRole('button', { name: TESSA }).first().click();
    await page.waitForURL(`${base}/plan/proposal`);
    await form.getByText('Palautimme tiedot, jotka kirjoitit aiemmin.').waitFor();
    assert.equal(await form.getByLabel('Tavoitteesi').inputValue(), goal);
    assert.equal(await form.getByLabel('Mitä teet?').inputValue(), task);

    // The date is still missing: said beside it and in the summary, and nothing typed is lost.
    await form.getByRole('button', { name: 'Jatka' }).click();
    await form.locator('.error-summary').getByText('Anna tehtävän 1 tavoitepäivä.').waitFor();
    assert.equal(await form.getByLabel('Tavoitteesi').inputValue(), goal);
    await assertAccessible(page, 'the own proposal form with its error');
    const inAMonth = await page.evaluate(() => {
      const day = new Date(Date.now() + 30 * 86_400_000);
      return day.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
    });
    await form.getByLabel('Tavoitepäivä').fill(inAMonth);
    await form.getByLabel('Viesti asiantuntijalle').fill('Toivon, että voimme puhua tästä puhelimessa.');
    await form.getByRole('button', { name: 'Jatka' }).click();
    await form.getByRole('heading', { level: 1, name: 'Tarkista ehdotuksesi' }).waitFor();
    await form.getByText(goal).waitFor();
    await assertAccessible(page, 'the own proposal’s check step');
    await form.getByRole('button', { name: 'Lähetä ehdotus' }).click();
    await form.getByRole('heading', { level: 1, name: 'Ehdotuksesi on lähetetty' }).waitFor();
    await assertAccessible(page, 'the own proposal’s receipt');
    const sent = (await page.evaluate(async () => (await fetch('/api/plan')).json())) as {
      ownProposals: { id: string; state: string; goals: unknown }[];
    };
    const proposal = sent.ownProposals[0];
    assert.equal(proposal?.state, 'submitted');
    const draft = await page.evaluate(async () => (await fetch('/api/drafts/plan.proposal')).status);
    assert.equal(draft, 204, 'the draft is gone once the proposal is sent (none: 204 No Content)');

    // The office returns it with its comments (the TE office's system, through /office-api).
    const comments = 'Hyvä ehdotus. Lisää vielä, miten aiot hakea tutkintokoulutukseen, ja lähetä uudelleen.';
    const decision = await fetch(`${base}/office-api/plans/${proposal.id}/decision`, {
      method: 'POST',
      headers: { authorization: `Bearer ${OFFICE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'return', comments }),
    });
    assert.equal(decision.status, 200, await decision.text());

    // The front page says so, and leads to the plan page, where the comments are.
    await page.locator('shell-header').getByRole('link', { name: 'Etusivu' }).click();
    await page.locator('overview-app').getByRole('link', { name: 'Ehdotuksesi suunnitelmaksi palautettiin' }).click();
    await page.waitForURL(`${base}/plan`);
    const own = page.locator('plan-own-proposals');
    await own.getByText(comments).waitFor();
    await assertAccessible(page, 'the plan page with the returned proposal');

    // A new proposal starts from the returned one, with the comments above it.
    await own.getByRole('link', { name: 'Laadi uusi ehdotus' }).click();
    await page.waitForURL(`${base}/plan/proposal`);
    await form.getByText(comments).waitFor();
    assert.equal(await form.getByLabel('Tavoitteesi').inputValue(), goal);
    await assertAccessible(page, 'a new proposal from the returned one');
    await context.close();
  });
});
