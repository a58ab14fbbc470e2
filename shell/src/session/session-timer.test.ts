import { expect } from '@open-wc/testing';
import { SessionTimer } from './session-timer.js';

const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('session-timer', () => {
  it('warns before the idle end and then reports the end', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({
      warnBeforeMs: 100,
      onWarn: (_end, canExtend) => events.push(`warn:${canExtend}`),
      onEnd: () => events.push('end'),
    });
    timer.update(at(150), at(10_000));
    await wait(80);
    expect(events).to.deep.equal(['warn:true']);
    await wait(120);
    expect(events).to.deep.equal(['warn:true', 'end']);
  });

  it('reschedules on activity, so no warning comes while the person is active', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({ warnBeforeMs: 50, onWarn: () => events.push('warn'), onEnd: () => events.push('end') });
    timer.update(at(100), at(10_000));
    await wait(30);
    timer.update(at(300));
    await wait(100);
    expect(events).to.deep.equal([]);
    timer.stop();
  });

  it('says the session cannot be extended when the absolute lifetime ends it first', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({ warnBeforeMs: 100, onWarn: (_end, canExtend) => events.push(`warn:${canExtend}`), onEnd: () => undefined });
    timer.update(at(10_000), at(50));
    await wait(20);
    expect(events).to.deep.equal(['warn:false']);
    expect(timer.endsAt!.getTime()).to.be.below(Date.now() + 60);
    timer.stop();
  });

  it('stops for good', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({ warnBeforeMs: 10, onWarn: () => events.push('warn'), onEnd: () => events.push('end') });
    timer.update(at(30), at(30));
    timer.stop();
    await wait(60);
    expect(events).to.deep.equal([]);
    expect(timer.endsAt).to.equal(undefined);
  });
});
