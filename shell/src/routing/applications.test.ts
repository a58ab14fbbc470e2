import { expect, fixture, html } from '@open-wc/testing';
import { LocaleTopic, MODULE_CONTRACT_VERSION, portalBus, type PortalModule } from '@portal/shared-contracts';
import { defineShellElements } from '../define.js';
import type { PendingReport } from '../reporting/report-later.js';
import { profileEntry } from '../testing/registry-fixtures.js';
import { guarded } from './applications.js';

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
});
