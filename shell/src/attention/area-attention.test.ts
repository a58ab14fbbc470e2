import { expect } from '@open-wc/testing';
import { createBus, CurrentItemsChangedTopic, SessionTopic } from '@portal/shared-contracts';
import { registryEntry } from '../testing/registry-fixtures.js';
import { readAttention, watchAttention, type AreaAttention, type Fetcher } from './area-attention.js';

const entries = [
  registryEntry('overview', '/'),
  registryEntry('profile', '/profile', { currentItemsUrl: '/api/profile/current-items' }),
  registryEntry('job-search', '/job-search', { currentItemsUrl: '/api/job-search/current-items' }),
  registryEntry('broken', '/broken', { currentItemsUrl: '/api/broken/current-items' }),
];

function item(area: string, urgency: 'action' | 'info') {
  return { area, urgency };
}

/** Answers per URL; a URL not listed fails, as a broken area's would. */
function fetcherOf(answers: Record<string, { area: string; urgency: string }[]>): Fetcher & { calls: string[] } {
  const calls: string[] = [];
  const fetcher = async (url: string) => {
    calls.push(url);
    const items = answers[url];
    if (!items) throw new Error(`404 ${url}`);
    return { items };
  };
  return Object.assign(fetcher, { calls });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('area attention', () => {
  it('counts only the items that ask for action, per area, and survives an area that fails', async () => {
    const fetcher = fetcherOf({
      '/api/profile/current-items': [item('profile', 'info')],
      '/api/job-search/current-items': [item('job-search', 'action'), item('job-search', 'action'), item('job-search', 'info')],
    });
    const attention = await readAttention(entries, fetcher);
    expect([...attention]).to.deep.equal([['job-search', 2]]);
    expect(fetcher.calls).to.have.members(['/api/profile/current-items', '/api/job-search/current-items', '/api/broken/current-items']);
  });

  it('reads at sign-in and when an area says its items changed, and clears at sign-out', async () => {
    const bus = createBus();
    const answers: Record<string, { area: string; urgency: string }[]> = {
      '/api/job-search/current-items': [item('job-search', 'action')],
      '/api/profile/current-items': [],
    };
    const fetcher = fetcherOf(answers);
    const seen: AreaAttention[] = [];
    const stop = watchAttention(entries, (attention) => seen.push(attention), { bus, fetcher });

    bus.publish(SessionTopic, { status: 'signed-out' });
    bus.publish(CurrentItemsChangedTopic, { area: 'job-search' });
    await settle();
    expect(fetcher.calls).to.deep.equal([]);

    bus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
    await settle();
    expect(seen.at(-1)?.get('job-search')).to.equal(1);

    answers['/api/job-search/current-items'] = [];
    bus.publish(CurrentItemsChangedTopic, { area: 'job-search' });
    await settle();
    expect(seen.at(-1)?.size).to.equal(0);

    answers['/api/job-search/current-items'] = [item('job-search', 'action')];
    bus.publish(CurrentItemsChangedTopic, { area: 'job-search' });
    bus.publish(SessionTopic, { status: 'signed-out' });
    await settle();
    // The read that was under way when the person signed out must not bring the marks back.
    expect(seen.at(-1)?.size).to.equal(0);
    stop();
  });

  it('an area whose items are slow does not keep the navigation waiting: no marks after the wait, its marks when they come', async () => {
    const bus = createBus();
    let answer: (items: { area: string; urgency: string }[]) => void = () => undefined;
    const fetcher: Fetcher = (url) =>
      url === '/api/job-search/current-items'
        ? new Promise((resolve) => (answer = (items) => resolve({ items })))
        : Promise.resolve({ items: [] });
    const seen: AreaAttention[] = [];
    const stop = watchAttention(entries, (attention) => seen.push(attention), { bus, fetcher, waitMs: 20 });
    bus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(seen.map((attention) => attention.size)).to.deep.equal([0]);
    answer([item('job-search', 'action')]);
    await settle();
    expect(seen.at(-1)?.get('job-search')).to.equal(1);
    stop();
  });
});
