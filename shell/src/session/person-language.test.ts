import { expect } from '@open-wc/testing';
import { CustomerTopic, LocaleTopic, portalBus, type Locale, type SessionInfo } from '@portal/shared-contracts';
import { setLocale } from '../i18n/locale-store.js';
import { saveLanguageChoice } from './language-choice.js';
import { publishSession } from './session-broker.js';

const at = (ms: number) => new Date(Date.now() + ms).toISOString();

function signedIn(id: string, preferredLanguage: Locale, uiLanguage: Locale | null): SessionInfo {
  return {
    authenticated: true,
    person: { id, firstName: 'Sven', lastName: 'Testsson', displayName: 'Sven Testsson', preferredLanguage },
    expiresAt: at(600_000),
    absoluteExpiresAt: at(3_600_000),
    uiLanguage,
  };
}

const locale = () => portalBus.current(LocaleTopic)?.locale;

describe('the language at sign-in (publishSession)', () => {
  beforeEach(() => {
    publishSession({ authenticated: false });
    setLocale('fi');
  });

  it('switches to the service language when the person has chosen none', () => {
    publishSession(signedIn('sven', 'sv', null));
    expect(locale()).to.equal('sv');
    expect(document.documentElement.lang).to.equal('sv');
    expect(portalBus.current(CustomerTopic)?.customer?.preferredLanguage).to.equal('sv');
  });

  it('switches to the language the person chose before, over the service language', () => {
    publishSession(signedIn('ulla', 'en', 'fi'));
    setLocale('sv');
    publishSession(signedIn('tessa', 'fi', 'en'));
    expect(locale()).to.equal('en');
  });

  it('once per sign-in: a refresh of the same session keeps a choice made during the visit', () => {
    publishSession(signedIn('sven', 'sv', null));
    setLocale('en');
    publishSession(signedIn('sven', 'sv', null));
    expect(locale()).to.equal('en');
  });

  it('again after the session ended and a new one began', () => {
    publishSession(signedIn('sven', 'sv', null));
    setLocale('en');
    publishSession({ authenticated: false }, 'expired');
    expect(locale(), 'signing out changes nothing by itself').to.equal('en');
    publishSession(signedIn('sven', 'sv', null));
    expect(locale()).to.equal('sv');
  });
});

describe('saveLanguageChoice', () => {
  const realFetch = window.fetch;
  const realWarn = console.warn;
  let requests: { url: string; init: RequestInit | undefined }[];
  let warnings: unknown[][];
  let answer: () => Promise<Response>;

  beforeEach(() => {
    requests = [];
    warnings = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(input), init });
      return answer();
    };
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.warn = realWarn;
  });

  it('PUTs the choice as JSON to /api/session/language', async () => {
    answer = () => Promise.resolve(Response.json({ language: 'sv' }));
    await saveLanguageChoice('sv');
    expect(requests).to.have.length(1);
    expect(requests[0]!.url).to.equal('/api/session/language');
    expect(requests[0]!.init?.method).to.equal('PUT');
    expect(new Headers(requests[0]!.init?.headers).get('content-type')).to.equal('application/json');
    expect(JSON.parse(String(requests[0]!.init?.body))).to.deep.equal({ language: 'sv' });
    expect(warnings).to.deep.equal([]);
  });

  it('only warns when it fails: the page has switched already', async () => {
    answer = () => Promise.resolve(Response.json({ error: { code: 'internal-error', message: 'No' } }, { status: 500 }));
    await saveLanguageChoice('en');
    answer = () => Promise.reject(new TypeError('offline'));
    await saveLanguageChoice('en');
    expect(warnings).to.have.length(2);
    expect(String(warnings[0]![0])).to.contain('could not be saved');
  });
});
