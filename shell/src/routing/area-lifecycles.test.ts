import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LocaleTopic, MODULE_CONTRACT_VERSION, portalBus, type PortalModule } from '@portal/shared-contracts';
import { defineShellElements } from '../define.js';
import type { PendingReport } from '../reporting/report-later.js';
import type { ShellModuleError } from '../components/shell-module-error/shell-module-error.js';
import { profileEntry, registryEntry } from '../testing/registry-fixtures.js';
import type { AreaLifecycleProps, AreaLifecycles } from './applications.js';
import { federatedAreaApp, guarded } from './area-lifecycles.js';

defineShellElements();

function fakeModule(mount: PortalModule['mount']): PortalModule {
  return {
    contractVersion: MODULE_CONTRACT_VERSION,
    elements: [],
    bootstrap: async () => undefined,
    mount,
    unmount: async () => undefined,
  };
}

/** A promise settled from outside: a module download that answers when the test says so. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A module that draws one paragraph (its "page") into its container, and takes it away again. */
function drawingModule(text: string): PortalModule {
  return {
    ...fakeModule(async ({ domElement }) => {
      const page = document.createElement('p');
      page.className = 'module-page';
      page.textContent = text;
      domElement.append(page);
    }),
    unmount: async ({ domElement }) => domElement.querySelector('.module-page')?.remove(),
  };
}

/** Short timings instead of the real 6 s: the notice is due 30 ms after single-spa asks for the area. */
const NOTICE_AFTER_MS = 30;

/** The area's loading function with its module download under the test's control, and what it was asked. */
function slowArea(entry = profileEntry, noticeAfterMs = NOTICE_AFTER_MS) {
  const loads: { fresh: boolean; download: ReturnType<typeof deferred<PortalModule>> }[] = [];
  const reports: PendingReport[] = [];
  const retries: string[] = [];
  const app = federatedAreaApp(entry, {
    load: (fresh) => {
      const download = deferred<PortalModule>();
      loads.push({ fresh, download });
      return download.promise;
    },
    report: (report) => reports.push(report),
    retry: () => retries.push('retry'),
    noticeAfterMs,
  });
  return { app, loads, reports, retries };
}

async function areaContainer(): Promise<{ container: HTMLDivElement; props: AreaLifecycleProps }> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  return { container, props: { name: 'area:profile', area: 'profile', basePath: '/profile', domElement: container } };
}

async function mounted(lifecycles: AreaLifecycles, props: AreaLifecycleProps): Promise<void> {
  await lifecycles.bootstrap(props);
  await lifecycles.mount(props);
}

function noticeIn(container: HTMLElement): ShellModuleError | null {
  return container.querySelector('shell-module-error');
}

describe('applications', () => {
  beforeEach(() => portalBus.publish(LocaleTopic, { locale: 'fi' }));

  it('a module whose mount throws shows the area notice in its own container, is reported, and unmounts cleanly', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const reports: PendingReport[] = [];
    const broken = new Error('broken release');
    const lifecycles = guarded(
      profileEntry,
      fakeModule(async ({ domElement }) => {
        domElement.append(document.createElement('p'));
        throw broken;
      }),
      (report) => reports.push(report),
    );
    const props = { name: 'area:profile', area: 'profile', basePath: '/profile', domElement: container };
    await lifecycles.mount(props);
    const notice = container.querySelector('shell-module-error')!;
    expect(container.children).to.have.length(1, 'the broken module left nothing behind');
    await notice.updateComplete;
    expect(notice.shadowRoot!.querySelector('h1')!.textContent).to.equal('Omat tiedot ei ole juuri nyt käytettävissä');
    expect(reports).to.deep.equal([{ area: 'profile', version: '1.0.0', kind: 'mount', error: broken }]);
    await lifecycles.unmount(props);
    expect(container.children).to.have.length(0);
  });

  it('a module that mounts passes the area props through', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let seen: unknown;
    const lifecycles = guarded(
      profileEntry,
      fakeModule(async (props) => {
        seen = { area: props.area, basePath: props.basePath, same: props.domElement === container };
      }),
    );
    await lifecycles.mount({ name: 'area:profile', area: 'profile', basePath: '/profile', domElement: container });
    expect(seen).to.deep.equal({ area: 'profile', basePath: '/profile', same: true });
  });

  describe('a slow module', () => {
    it('that loads before the notice is due mounts with no notice', async () => {
      const { container, props } = await areaContainer();
      const { app, loads } = slowArea();
      const lifecycles = app();
      loads[0]!.download.resolve(drawingModule('profile page'));
      await mounted(await lifecycles, props);
      expect(container.textContent).to.equal('profile page');
      expect(loads.map(({ fresh }) => fresh)).to.deep.equal([false]);
    });

    it('gets its notice when the notice is due, not when loading gives up; the notice says loading goes on', async () => {
      const { container, props } = await areaContainer();
      const { app, loads, reports } = slowArea();
      const started = performance.now();
      const lifecycles = await app();
      expect(performance.now() - started).to.be.at.least(NOTICE_AFTER_MS - 5);
      await mounted(lifecycles, props);
      const notice = noticeIn(container)!;
      await notice.updateComplete;
      expect(notice.stillTrying).to.equal(true);
      expect(notice.shadowRoot!.querySelector('h1')!.textContent).to.equal('Omat tiedot latautuu hitaasti');
      expect(loads, 'the load goes on, not started again').to.have.length(1);
      expect(reports, 'nothing has failed yet').to.deep.equal([]);
      await expect(container).to.be.accessible();
    });

    it('counts the notice time from when single-spa asked for the area, not from when this chunk arrived', async () => {
      // A notice time long enough that waiting it out could not pass for "at once" on a busy machine.
      const { app } = slowArea(profileEntry, 2_000);
      const started = performance.now();
      await app(started - 2_000);
      expect(performance.now() - started, 'due at once').to.be.below(1_000);
    });

    it('is replaced by its module when a later attempt brings it, without anything left of the notice', async () => {
      const { container, props } = await areaContainer();
      const { app, loads, reports } = slowArea();
      const lifecycles = await app();
      await mounted(lifecycles, props);
      expect(noticeIn(container)).to.exist;
      loads[0]!.download.resolve(drawingModule('profile page'));
      await waitUntil(() => container.querySelector('.module-page'), 'the module takes the notice’s place');
      expect(noticeIn(container)).to.equal(null);
      expect(container.textContent).to.equal('profile page');
      expect(reports).to.deep.equal([]);
      // single-spa unmounts the area as it would the module itself.
      await lifecycles.unmount(props);
      expect(container.children).to.have.length(0);
    });

    it('stays, saying the area did not load, when every attempt fails; counted once', async () => {
      const { container, props } = await areaContainer();
      const { app, loads, reports } = slowArea();
      const lifecycles = await app();
      await mounted(lifecycles, props);
      const notice = noticeIn(container)!;
      const gaveUp = new Error('three attempts failed');
      loads[0]!.download.reject(gaveUp);
      await waitUntil(() => !notice.stillTrying, 'the notice says loading gave up');
      await notice.updateComplete;
      expect(noticeIn(container), 'the same notice').to.equal(notice);
      expect(notice.shadowRoot!.querySelector('h1')!.textContent).to.equal('Omat tiedot ei ole juuri nyt käytettävissä');
      expect(reports).to.deep.equal([{ area: 'profile', version: '1.0.0', kind: 'load', error: gaveUp }]);
    });

    it('never mounts a late module into an area the person has left; the next visit shows it without loading again', async () => {
      const { container, props } = await areaContainer();
      const { app, loads } = slowArea();
      const lifecycles = await app();
      await mounted(lifecycles, props);
      await lifecycles.unmount(props);
      expect(container.children).to.have.length(0);
      loads[0]!.download.resolve(drawingModule('profile page'));
      await new Promise((wait) => setTimeout(wait, 20));
      expect(container.children, 'nothing mounted after leaving').to.have.length(0);
      await lifecycles.mount(props);
      expect(container.textContent).to.equal('profile page');
      expect(loads).to.have.length(1);
    });

    it('leaving while the module mounts in the notice’s place leaves nothing behind', async () => {
      const { container, props } = await areaContainer();
      const { app, loads } = slowArea();
      const lifecycles = await app();
      await mounted(lifecycles, props);
      loads[0]!.download.resolve(drawingModule('profile page'));
      // single-spa's unmount comes at once, before the arrival has had its turn: it waits for it.
      await lifecycles.unmount(props);
      await new Promise((wait) => setTimeout(wait, 20));
      expect(container.children).to.have.length(0);
    });

    it('a retry while the load is still in flight joins it instead of starting a second load', async () => {
      const { container, props } = await areaContainer();
      const { app, loads, retries } = slowArea();
      const first = await app();
      await mounted(first, props);
      const notice = noticeIn(container)!;
      await notice.updateComplete;
      notice.shadowRoot!.querySelector('button')!.click();
      expect(retries).to.deep.equal(['retry']);
      // What single-spa does on the retry (unloadApplication): unmount, then ask for the area again.
      await first.unmount(props);
      const second = await app();
      await mounted(second, props);
      expect(loads, 'one load, joined').to.have.length(1);
      loads[0]!.download.resolve(drawingModule('profile page'));
      await waitUntil(() => container.querySelector('.module-page'), 'the module arrives');
      await new Promise((wait) => setTimeout(wait, 20));
      expect(container.querySelectorAll('.module-page'), 'mounted once, by the area shown').to.have.length(1);
      expect(noticeIn(container)).to.equal(null);
    });

    it('a retry after loading gave up starts a fresh load', async () => {
      const { props } = await areaContainer();
      const { app, loads, reports } = slowArea();
      const first = await app();
      await mounted(first, props);
      loads[0]!.download.reject(new Error('gave up'));
      await first.unmount(props);
      const second = app();
      expect(loads.map(({ fresh }) => fresh)).to.deep.equal([false, true]);
      loads[1]!.download.resolve(drawingModule('profile page'));
      await mounted(await second, props);
      expect(props.domElement.textContent).to.equal('profile page');
      expect(reports.map(({ kind }) => kind)).to.deep.equal(['load']);
    });

    it('keeps the legacy pages the person chose while it loaded; the module shows on the next visit', async () => {
      const offersEntry = registryEntry('offers', '/offers', {
        names: { fi: 'Tarjoukset', sv: 'Erbjudanden', en: 'Offers' },
        fallback: { kind: 'legacy', url: '/legacy/offers' },
      });
      const { container, props: profileProps } = await areaContainer();
      const props = { ...profileProps, name: 'area:offers', area: 'offers', basePath: '/offers' };
      const { app, loads } = slowArea(offersEntry);
      const lifecycles = await app();
      await mounted(lifecycles, props);
      const notice = noticeIn(container)!;
      await notice.updateComplete;
      notice.shadowRoot!.querySelectorAll('button')[1]!.click();
      await waitUntil(() => container.querySelector('iframe'), 'the legacy pages open', { timeout: 10_000 });
      loads[0]!.download.resolve(drawingModule('offers page'));
      await new Promise((wait) => setTimeout(wait, 20));
      expect(container.querySelector('iframe'), 'the legacy pages stay').to.exist;
      expect(container.querySelector('.module-page')).to.equal(null);
      await lifecycles.unmount(props);
      expect(container.children).to.have.length(0);
      await lifecycles.mount(props);
      expect(container.textContent).to.equal('offers page');
    });
  });
});
