import { expect } from '@open-wc/testing';
import { SessionTimer } from './session-timer.js';

const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('session-timer', () => {
  it('warns before the idle end and then reports the end', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({
      warnBeforeMs: 500,
      onWarn: (_end, canExtend) => events.push(`warn:${canExtend}`),
      onEnd: () => events.push('end'),
    });
    timer.update(at(1500), at(10_000));
    await wait(750);
    expect(events).to.deep.equal([]);
    await wait(400);
    expect(events).to.deep.equal(['warn:true']);
    await wait(600);
    expect(events).to.deep.equal(['warn:true', 'end']);
  });

  it('reschedules on activity, so no warning comes while the person is active', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({ warnBeforeMs: 250, onWarn: () => events.push('warn'), onEnd: () => events.push('end') });
    timer.update(at(500), at(10_000));
    await wait(150);
    timer.update(at(1500));
    await wait(500);
    expect(events).to.deep.equal([]);
    timer.stop();
  });

  it('says the session cannot be extended when the absolute lifetime ends it first', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({
      warnBeforeMs: 500,
      onWarn: (_end, canExtend) => events.push(`warn:${canExtend}`),
      onEnd: () => undefined,
    });
    timer.update(at(10_000), at(400));
    await wait(300);
    expect(events).to.deep.equal(['warn:false']);
    expect(timer.endsAt!.getTime()).to.be.below(Date.now() + 150);
    timer.stop();
  });

  it('warns half-way through a session shorter than twice the lead time', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({ warnBeforeMs: 120_000, onWarn: () => events.push('warn'), onEnd: () => events.push('end') });
    timer.update(at(1000), at(10_000));
    await wait(300);
    expect(events).to.deep.equal([]);
    await wait(400);
    expect(events).to.deep.equal(['warn']);
    timer.stop();
  });

  it('stops for good', async () => {
    const events: string[] = [];
    const timer = new SessionTimer({ warnBeforeMs: 50, onWarn: () => events.push('warn'), onEnd: () => events.push('end') });
    timer.update(at(150), at(150));
    timer.stop();
    await wait(300);
    expect(events).to.deep.equal([]);
    expect(timer.endsAt).to.equal(undefined);
  });
});
