// The legacy pages' bridge script (plain JavaScript, no bundler) against the contract it follows,
// shared-contracts/src/legacy-bridge.ts: the same topics each way, protocol and version, never a
// wildcard target origin; and, run in a stand-in window, what it sends and what it accepts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { validate } from '@portal/shared-contracts';
import {
  BRIDGE_PROTOCOL,
  BRIDGE_VERSION,
  LEGACY_TO_PORTAL_TOPICS,
  LegacyToPortalMessageSchema,
  PORTAL_TO_LEGACY_TOPICS,
  bridgeMessage,
  type PortalToLegacyMessage,
} from '@portal/shared-contracts/legacy-bridge';

const SCRIPT = readFileSync(new URL('./assets/bridge.js', import.meta.url), 'utf8');
/** The code without comments, so a word in a comment cannot pass for (or hide) code. */
const CODE = SCRIPT.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function listed(name: string): string[] {
  const match = new RegExp(`var ${name} = \\[([^\\]]*)\\]`).exec(CODE);
  assert.ok(match, `${name} is in the script`);
  return [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((item) => item[1] ?? '');
}

test('the script names exactly the contract’s topics each way, its protocol and version', () => {
  assert.deepEqual(listed('PORTAL_TO_LEGACY_TOPICS'), [...PORTAL_TO_LEGACY_TOPICS]);
  assert.deepEqual(listed('LEGACY_TO_PORTAL_TOPICS'), [...LEGACY_TO_PORTAL_TOPICS]);
  assert.match(CODE, new RegExp(`var PROTOCOL = '${BRIDGE_PROTOCOL}';`));
  assert.match(CODE, new RegExp(`var VERSION = ${BRIDGE_VERSION};`));
  // Every topic it sends is one of the contract's, and it sends each of them.
  const sent = [...CODE.matchAll(/send\('([^']+)'/g)].map((item) => item[1]);
  assert.deepEqual([...new Set(sent)].sort(), [...LEGACY_TO_PORTAL_TOPICS].sort());
});

test('the script never uses a wildcard target origin', () => {
  assert.doesNotMatch(CODE, /['"`]\*['"`]/);
  const calls = [...CODE.matchAll(/postMessage\(([^;]*)\);/g)];
  assert.equal(calls.length, 1, 'one place posts');
  for (const call of calls) assert.match(call[1] ?? '', /, portalOrigin$/, call[0]);
});

const ORIGIN = 'http://portal.test:8080';

interface Posted {
  readonly message: unknown;
  readonly targetOrigin: string;
}

/** A stand-in browser window around the script: the parent's postMessage, listeners, the body. */
function run(options: { embedded?: boolean; framed?: boolean; expires?: string | undefined } = {}) {
  const posted: Posted[] = [];
  const warnings: unknown[][] = [];
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const on = (type: string, listener: (event: unknown) => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]);
  const replaced: unknown[][] = [];
  const location = {
    href: `${ORIGIN}/legacy/offers/123?embedded=1`,
    replacedWith: undefined as string | undefined,
    replace(url: string) {
      this.replacedWith = url;
    },
  };
  // Copied as postMessage's structured clone would be: objects of this realm, comparable with deepEqual.
  const parent = {
    postMessage: (message: unknown, targetOrigin: string) =>
      posted.push({ message: JSON.parse(JSON.stringify(message)) as unknown, targetOrigin }),
  };
  const dataset: Record<string, string> = {
    legacyPath: '/123',
    legacyTitle: 'Työtarjous: Myyjä',
    portalOrigin: ORIGIN,
    endedTitle: 'Istunto on päättynyt',
    endedText: 'Kirjaudu uudelleen.',
    ...(options.embedded === false ? {} : { legacyEmbedded: '1' }),
    ...(options.expires === undefined ? {} : { sessionExpires: options.expires }),
  };
  const element = () => ({
    className: '',
    textContent: '',
    children: [] as unknown[],
    appendChild(child: unknown) {
      this.children.push(child);
    },
  });
  const window: Record<string, unknown> = { addEventListener: on, location };
  window['parent'] = options.framed === false ? window : parent;
  const document = {
    readyState: 'complete',
    title: 'Työtarjous: Myyjä – Oma asiointi',
    documentElement: { dataset, lang: 'fi' },
    body: { getBoundingClientRect: () => ({ height: 321.4 }), replaceChildren: (...children: unknown[]) => replaced.push(children) },
    addEventListener: on,
    createElement: element,
  };
  class ResizeObserver {
    constructor(readonly callback: () => void) {}
    observe(): void {}
  }
  runInNewContext(SCRIPT, { window, document, ResizeObserver, URL, console: { warn: (...args: unknown[]) => warnings.push(args) } });
  const dispatch = (type: string, event: unknown) => listeners.get(type)?.forEach((listener) => listener(event));
  return { posted, warnings, replaced, location, parent, window, dispatch };
}

test('embedded in a frame: on load it sends page, keep-alive and resize, each fitting the contract, to the portal’s origin only', () => {
  const expires = '2026-11-25T20:10:00.000Z';
  const { posted } = run({ expires });
  assert.deepEqual(
    posted.map((item) => (item.message as { topic: string }).topic),
    ['page', 'keep-alive', 'resize'],
  );
  for (const item of posted) {
    assert.equal(item.targetOrigin, ORIGIN);
    assert.ok(validate(LegacyToPortalMessageSchema, item.message).ok, JSON.stringify(item.message));
  }
  assert.deepEqual((posted[0]?.message as { payload: unknown }).payload, { path: '/123', title: 'Työtarjous: Myyjä' });
  assert.deepEqual((posted[1]?.message as { payload: unknown }).payload, { expiresAt: expires });
  assert.deepEqual((posted[2]?.message as { payload: unknown }).payload, { height: 322 });
});

test('not embedded, or not in a frame: it does nothing', () => {
  assert.deepEqual(run({ embedded: false }).posted, []);
  assert.deepEqual(run({ framed: false }).posted, []);
});

test('a click on a link to another area asks the portal to navigate instead', () => {
  const { posted, dispatch } = run();
  posted.length = 0;
  let prevented = false;
  const link = { getAttribute: (name: string) => (name === 'data-portal-path' ? '/offers' : null) };
  dispatch('click', {
    button: 0,
    defaultPrevented: false,
    target: { closest: (selector: string) => (selector === 'a[data-portal-path]' ? link : null) },
    preventDefault: () => (prevented = true),
  });
  assert.ok(prevented);
  assert.deepEqual(posted, [{ message: bridgeMessage('navigate', { path: '/offers' }), targetOrigin: ORIGIN }]);
});

test('it accepts only the portal’s messages: its origin, the parent window, the envelope, a portal → legacy topic', () => {
  const { warnings, replaced, location, parent, dispatch } = run();
  const session = bridgeMessage<PortalToLegacyMessage>('session', { status: 'expired' });
  const locale = bridgeMessage<PortalToLegacyMessage>('locale', { locale: 'sv' });
  const dropped = [
    { origin: 'https://evil.example', source: parent, data: session },
    { origin: ORIGIN, source: {}, data: session },
    { origin: ORIGIN, source: parent, data: { ...session, extra: 1 } },
    { origin: ORIGIN, source: parent, data: { ...session, version: 2 } },
    { origin: ORIGIN, source: parent, data: bridgeMessage('page', { path: '/', title: 'x' }) },
    { origin: ORIGIN, source: parent, data: { ...locale, payload: { locale: 'de' } } },
    { origin: ORIGIN, source: parent, data: 'portal-legacy-bridge' },
  ];
  for (const event of dropped) dispatch('message', event);
  assert.equal(warnings.length, dropped.length, 'each dropped message is logged');
  assert.deepEqual(replaced, []);
  assert.equal(location.replacedWith, undefined);

  dispatch('message', { origin: ORIGIN, source: parent, data: bridgeMessage<PortalToLegacyMessage>('session', { status: 'signed-in' }) });
  assert.deepEqual(replaced, [], 'signed in: nothing to hide');
  dispatch('message', { origin: ORIGIN, source: parent, data: session });
  assert.equal(replaced.length, 1, 'the content is replaced by the "session has ended" text');
  const [main] = replaced[0] as unknown as [{ children: { textContent: string }[] }];
  assert.deepEqual(
    main.children.map((child) => child.textContent),
    ['Istunto on päättynyt', 'Kirjaudu uudelleen.'],
  );

  dispatch('message', { origin: ORIGIN, source: parent, data: locale });
  assert.equal(location.replacedWith, `${ORIGIN}/legacy/offers/123?embedded=1&lang=sv`);
  assert.equal(warnings.length, dropped.length);
});
