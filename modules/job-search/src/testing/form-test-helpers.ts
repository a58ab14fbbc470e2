import { expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { LocaleTopic, PageTopic, portalBus, RouteTopic, SessionExpiringTopic } from '@portal/shared-contracts';
import { JOB_SEARCH_PATHS, type JobSearch, type JobSearchReceipt } from '@portal/shared-contracts/job-search';
import type { JobSearchChangedEvent } from '../events.js';
import { helsinkiToday } from '@portal/ui-kit/page';
import { apiError, json, restoreFetch, stubFetch, type FetchCall } from './fixtures.js';

// What the tests of the area's forms share: the fake backend (the form's own answers, drafts, the
// job seeking after a 409), finding and operating controls in a shadow root, and the tests of what
// every form does the same way because it is the same code (JobSearchFormElement): a failed send
// and its retry with the same key, a 409, the event, the titles, the draft at the session warning.

/** A form of the area as a test drives it. */
export interface FormUnderTest extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
  readonly step: string;
  readonly idempotencyKey: string;
}

export const today = helsinkiToday();

/** 1.12.2026 as Finnish writes it. */
export const fiDate = (iso: string): string => iso.split('-').map(Number).reverse().join('.');

// Finding and operating controls ---------------------------------------------------------------------

export const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;

export function $<T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found`);
  return found;
}

/** The text as read: whitespace collapsed, without the soft hyphens that let a long word break. */
export const text = (el: HTMLElement): string => (root(el).textContent ?? '').replace(/\s+/g, ' ').replace(/\u00AD/g, '');

/** Types `value` into the input or text area with this id, as one input event. */
export async function type(el: FormUnderTest, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks the radio or checkbox with this id. */
export async function choose(el: FormUnderTest, id: string): Promise<void> {
  $<HTMLInputElement>(el, `#${id}`).click();
  await el.updateComplete;
}

/** Chooses `value` in the select with this id. */
export async function select(el: FormUnderTest, id: string, value: string): Promise<void> {
  const element = $<HTMLSelectElement>(el, `#${id}`);
  element.value = value;
  element.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function click(el: FormUnderTest, selector: string): Promise<void> {
  $<HTMLElement>(el, selector).click();
  await el.updateComplete;
}

/** The edit step's Continue. */
export const submit = (el: FormUnderTest): Promise<void> => click(el, 'form button[type="submit"]');

export async function toCheck(el: FormUnderTest): Promise<void> {
  await submit(el);
  await waitUntil(() => el.step === 'check');
}

export const sendFromCheck = (el: FormUnderTest): Promise<void> => click(el, 'button.send');

export const posts = (calls: readonly FetchCall[]): FetchCall[] => calls.filter((c) => c.method === 'POST');

/** The error summary's links: where each goes and what it says. */
export const summaryLinks = (el: FormUnderTest): (string | null)[][] =>
  [...root(el).querySelectorAll('.error-summary a')].map((a) => [a.getAttribute('href'), a.textContent]);

/** Mounts a form and waits until it has what it shows. */
export async function mount<T extends FormUnderTest>(template: TemplateResult, ready: (el: T) => boolean): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => ready(el));
  await el.updateComplete;
  return el;
}

/** In Finnish on the form's route before each test; the element gone, then the real fetch back, after. */
export function setUpFormTests(route: string): void {
  beforeEach(() => {
    portalBus.publish(LocaleTopic, { locale: 'fi' });
    portalBus.publish(RouteTopic, { path: route, area: 'job-search' });
  });
  afterEach(() => {
    // Elements first: one leaving mid-edit saves its draft, which must reach the fake backend.
    fixtureCleanup();
    restoreFetch();
  });
}

// The fake backend -------------------------------------------------------------------------------------

/** What a test changes in a form's fake backend. */
export interface BackendOptions {
  /** The draft saved earlier; none answers 404. */
  readonly draft?: Record<string, unknown>;
  /** The answer to the form's POST; the form's receipt by default. */
  readonly post?: (call: FetchCall) => Response;
  /** The answer to `GET /api/job-search` (a form fetches it after a 409). */
  readonly jobSearch?: () => Response;
}

export interface FormBackend {
  /** The form's draft (`job-search.<form>`), and what was saved there, if anything. */
  readonly draftKey: string;
  readonly draft?: Record<string, unknown> | undefined;
  readonly postUrl: string;
  readonly post: (call: FetchCall) => Response;
  readonly jobSearch: () => Response;
  /** Other requests of the form, by URL. */
  readonly routes?: Readonly<Record<string, () => Response>>;
}

/**
 * The drafts API for one key: GET gives `draft` (204 No Content when there is none), PUT keeps what was sent,
 * DELETE is done. Undefined for any other URL.
 */
export function draftsApi(call: FetchCall, key: string, draft: Record<string, unknown> | undefined): Response | undefined {
  if (call.url !== `/api/drafts/${key}`) return undefined;
  if (call.method === 'GET')
    return draft ? json({ key, data: draft, savedAt: '2026-11-20T10:00:00.000Z' }) : new Response(null, { status: 204 });
  if (call.method === 'PUT')
    return json({ key, data: (call.body as { data: Record<string, unknown> }).data, savedAt: new Date().toISOString() });
  return new Response(null, { status: 204 });
}

/** Replaces `fetch` with a form's fake backend (restoreFetch puts it back); returns the calls made. */
export function stubFormBackend(backend: FormBackend): FetchCall[] {
  return stubFetch((call) => {
    if (call.url === backend.postUrl && call.method === 'POST') return backend.post(call);
    const route = backend.routes?.[call.url];
    if (route) return route();
    if (call.url === JOB_SEARCH_PATHS.jobSearch) return backend.jobSearch();
    return draftsApi(call, backend.draftKey, backend.draft) ?? apiError('not-found', 404);
  });
}

// Shared tests -----------------------------------------------------------------------------------------

export interface FormSuite<T extends FormUnderTest> {
  /** Stubs the form's fake backend; `options` over its usual answers. */
  readonly backend: (options?: BackendOptions) => FetchCall[];
  /** Mounts the form on its usual state (`basedOn`). */
  readonly form: () => Promise<T>;
  /** The job seeking `form` mounts the form with; a 409 test sends based on it, then on a newer one. */
  readonly basedOn: JobSearch;
  /** Fills in the form so that it can be sent. */
  readonly fill: (el: T) => Promise<void>;
  /** Checks that what `fill` typed is all there on the edit step. */
  readonly expectKept: (el: T) => void;
  /** What the backend answers a send with. */
  readonly receipt: JobSearchReceipt;
  /** The titles of the edit, check and receipt steps. */
  readonly titles: readonly [string, string, string];
  /** True for a form that says a title while it loads what it shows (the three steps' come last). */
  readonly titleWhileLoading?: boolean;
  /** An issue the server may answer a send with (a 400), and what the form then says at the field. */
  readonly rejected: { readonly path: string; readonly code: string; readonly says: string };
  /** Runs the shared 409 test; false for a form whose 409 means something else (it has its own). */
  readonly conflict: boolean;
  /** The draft at the session warning: an edit, and what the saved draft then holds. */
  readonly draft: { readonly url: string; readonly edit: (el: T) => Promise<void>; readonly saved: Record<string, unknown> };
}

/**
 * The tests of what every form does the same way (after Material Web's `createFormTests`): call it
 * inside the form's `describe`, after `setUpFormTests`.
 */
export function sharedFormTests<T extends FormUnderTest>(suite: FormSuite<T>): void {
  const receipt = (): Response => json(suite.receipt, 201);
  const filled = async (): Promise<T> => {
    const el = await suite.form();
    await suite.fill(el);
    return el;
  };

  describe('sending (shared)', () => {
    it('keeps what was typed on a 500 and retries with the same idempotency key', async () => {
      let fail = true;
      const calls = suite.backend({ post: () => (fail ? apiError('internal-error', 500) : receipt()) });
      const el = await filled();
      await toCheck(el);
      const key = el.idempotencyKey;
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error') !== null);
      expect(el.step).to.equal('check');
      expect($(el, '.notice.error').textContent).to.contain('Lähettäminen ei onnistunut');
      await waitUntil(() => root(el).activeElement === $(el, '.notice.error'));
      // Back on the form, what was typed is all there; the notice and its retry stay.
      await click(el, '.actions .button.secondary');
      await waitUntil(() => el.step === 'edit');
      suite.expectKept(el);
      await toCheck(el);
      fail = false;
      await click(el, '.notice.error .retry');
      await waitUntil(() => el.step === 'receipt');
      expect(posts(calls).map((c) => c.headers['idempotency-key'])).to.deep.equal([key, key]);
      expect(el.idempotencyKey).not.to.equal(key);
    });

    it('retries after a network error with the same key, from the notice and with Send', async () => {
      let down = true;
      const calls = suite.backend({
        post: () => {
          if (down) throw new TypeError('Failed to fetch');
          return receipt();
        },
      });
      const el = await filled();
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => root(el).querySelector('.notice.error .retry') !== null);
      expect($(el, '.notice.error').textContent).to.contain('Tietosi ovat tallessa');
      await click(el, '.notice.error .retry');
      await waitUntil(() => posts(calls).length === 2 && !$<HTMLButtonElement>(el, 'button.send').disabled);
      down = false;
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      const keys = posts(calls).map((c) => c.headers['idempotency-key']);
      expect(keys).to.have.length(3);
      expect(new Set(keys).size).to.equal(1);
    });

    it('maps the server’s validation codes to the fields, keeping what was typed', async () => {
      const { path, code, says } = suite.rejected;
      suite.backend({ post: () => apiError('validation-failed', 400, [{ path, message: code }]) });
      const el = await filled();
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'edit');
      const id = path.replace(/\./g, '-');
      expect($(el, `#${id}-error`).textContent).to.contain(says);
      expect(summaryLinks(el).map(([href]) => href)).to.deep.equal([`#${id}`]);
      await waitUntil(() => root(el).activeElement === $(el, '.error-summary'));
      suite.expectKept(el);
    });

    if (suite.conflict) {
      it('on a 409 fetches the newest job seeking, says so and keeps what was typed', async () => {
        const newer: JobSearch = { ...suite.basedOn, updatedAt: '2026-11-24T09:00:00.000Z' };
        let conflict = true;
        const calls = suite.backend({ post: () => (conflict ? apiError('conflict', 409) : receipt()), jobSearch: () => json(newer) });
        const el = await filled();
        await toCheck(el);
        const changed = oneEvent(el, 'job-search-changed');
        await sendFromCheck(el);
        expect(((await changed) as unknown as JobSearchChangedEvent).jobSearch.updatedAt).to.equal(newer.updatedAt);
        await waitUntil(() => el.step === 'edit' && root(el).querySelector('.notice.error') !== null);
        expect(calls.some((c) => c.method === 'GET' && c.url === '/api/job-search')).to.equal(true);
        expect($(el, '.notice.error').textContent).to.contain('muutettiin sillä välin');
        await waitUntil(() => root(el).activeElement === $(el, '.notice.error'));
        suite.expectKept(el);
        conflict = false;
        await toCheck(el);
        await sendFromCheck(el);
        await waitUntil(() => el.step === 'receipt');
        // The next send is based on the newest state.
        expect((posts(calls)[1]!.body as { basedOn: string }).basedOn).to.equal(newer.updatedAt);
      });
    }
  });

  describe('drafts (shared)', () => {
    it('saves what was typed at once when the session is about to end', async () => {
      const calls = suite.backend();
      const el = await suite.form();
      await suite.draft.edit(el);
      portalBus.publish(SessionExpiringTopic, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
      await waitUntil(() => calls.some((c) => c.method === 'PUT'));
      const put = calls.find((c) => c.method === 'PUT')!;
      expect(put.url).to.equal(suite.draft.url);
      expect((put.body as { data: Record<string, unknown> }).data).to.deep.include(suite.draft.saved);
    });
  });

  describe('events (shared)', () => {
    it('fires job-search-changed with the receipt’s state', async () => {
      suite.backend();
      const el = await filled();
      await toCheck(el);
      const changed = oneEvent(el, 'job-search-changed');
      await sendFromCheck(el);
      const event = (await changed) as unknown as JobSearchChangedEvent;
      expect(event.jobSearch).to.deep.equal(suite.receipt.jobSearch);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('announces each step’s title to the shell', async () => {
      const titles: string[] = [];
      const subscription = portalBus.subscribe(PageTopic, ({ title }) => titles.push(title));
      suite.backend();
      const el = await filled();
      await toCheck(el);
      await sendFromCheck(el);
      await waitUntil(() => el.step === 'receipt');
      subscription.unsubscribe();
      expect(suite.titleWhileLoading ? titles.slice(-3) : titles).to.deep.equal(suite.titles);
    });
  });
}
