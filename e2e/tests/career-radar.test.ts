// Työelämätutka (seed line 7) in the portal, on the real backend: signed out it is done and printed
// without anything sent; signed in, two results are saved and compared on one chart and table, and a
// fresh result brings no suggestion to take it again (the backend's tests cover an old one).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { assertAccessible } from '../lib/browser.js';
import { signInAs } from '../lib/measure.js';
import { usePortal } from '../lib/suite.js';

// One day: the shortest period; a result saved today is still not old.
const suite = usePortal({ CAREER_RADAR_RETAKE_DAYS: '1' });

const STEPS = 8;

/** Answers every statement of every step with `value` (1–5), step by step, and opens the result. */
async function answerAll(page: Page, app: Locator, value: (step: number) => number, fromIntro = true): Promise<void> {
  if (fromIntro) await app.getByRole('button', { name: 'Aloita' }).click();
  for (let step = 1; step <= STEPS; step++) {
    await app.getByText(`Vaihe ${step} / ${STEPS}`, { exact: false }).first().waitFor();
    const radios = app.locator(`input[type="radio"][value="${value(step)}"]`);
    const count = await radios.count();
    assert.ok(count >= 1, `step ${step} has statements`);
    for (let i = 0; i < count; i++) await radios.nth(i).check();
    if (step === 1) await assertAccessible(page, 'a step of the career radar');
    await app.getByRole('button', { name: step === STEPS ? 'Näytä tulos' : 'Seuraava' }).click();
  }
  await app.getByRole('heading', { name: 'Tuloksesi', exact: true }).waitFor();
}

describe('career radar', () => {
  test('signed out: done and printable, nothing sent to the server', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes('/api/career-radar')) posts.push(request.url());
    });
    await page.goto(`${suite.portal.baseUrl}/career-radar`);
    const app = page.locator('career-radar-app');
    await app.getByRole('heading', { name: 'Työelämätutka', level: 1 }).waitFor();
    await assertAccessible(page, 'the career radar signed out');
    await answerAll(page, app, (step) => (step % 5) + 1);
    await app.getByRole('table').waitFor();
    await app.getByRole('button', { name: 'Tulosta' }).waitFor();
    await app.getByText(/Tulostasi ei ole tallennettu eikä lähetetty minnekään/).waitFor();
    assert.equal(await app.getByRole('button', { name: 'Tallenna tulos' }).count(), 0, 'no saving signed out');
    await assertAccessible(page, 'the career radar result signed out');
    assert.deepEqual(posts, []);
    await context.close();
  });

  test('signed in: two results are saved and compared on the same chart and table; a fresh result is no reason to suggest taking it again', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await signInAs(page, suite.portal.baseUrl, /Tessa Testilä/, '/career-radar');
    const app = page.locator('career-radar-app');
    await app.getByRole('heading', { name: 'Työelämätutka', level: 1 }).waitFor();

    await answerAll(page, app, () => 2);
    await app.getByRole('button', { name: 'Tallenna tulos' }).click();
    await app.getByText(/Tulos on tallennettu/).waitFor();

    // Starting over goes straight to the first step.
    await app.getByRole('button', { name: 'Tee alusta' }).click();
    await answerAll(page, app, () => 4, false);
    await app.getByRole('button', { name: 'Tallenna tulos' }).dblclick();
    await app.getByText(/Tulos on tallennettu/).waitFor();
    const saved = (await page.evaluate(async () => (await fetch('/api/career-radar/results')).json())) as {
      items: { scores: Record<string, number> }[];
    };
    assert.equal(saved.items.length, 2, 'two results, however many clicks');
    assert.deepEqual(
      new Set(saved.items.flatMap((result) => Object.values(result.scores))),
      new Set([4, 2]),
      'newest first, scores from the server',
    );

    // Compare the new result with the earlier one.
    await app
      .getByRole('button', { name: /Vertaa/ })
      .first()
      .click();
    await app.getByText(/Kaaviossa ja taulukossa verrataan nyt tulokseen/).waitFor();
    const table = app.getByRole('table');
    await table.getByRole('columnheader', { name: /Vertailutulos/ }).waitFor();
    await table.getByRole('columnheader', { name: 'Muutos' }).waitFor();
    assert.ok((await table.getByRole('row').count()) >= STEPS + 1, 'a row per factor');
    assert.ok(await app.locator('svg').first().isVisible(), 'the chart is drawn');
    await assertAccessible(page, 'two results compared');

    // The saved results page lists both.
    await page.goto(`${suite.portal.baseUrl}/career-radar/results`);
    await page.locator('career-radar-results').getByRole('heading', { name: 'Tallennetut tuloksesi' }).waitFor();
    await assertAccessible(page, 'the saved results');

    // With CAREER_RADAR_RETAKE_DAYS=1, a result from today is not old yet: no suggestion.
    await page.goto(`${suite.portal.baseUrl}/`);
    await page.locator('overview-item').first().waitFor();
    assert.equal(await page.locator('overview-item').filter({ hasText: 'Tee Työelämätutka uudelleen' }).count(), 0);
    await context.close();
  });
});
