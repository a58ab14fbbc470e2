import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cutAtWord, withoutEdgeSlashes, withoutTrailingSlashes, withoutUrlQueries } from './text.js';

/** Runs `work` and says how long it took: these must be linear on inputs built to make a pattern backtrack. */
function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

describe('text operations over input from outside', () => {
  it('drops the query and fragment of URLs and paths, and keeps prose', () => {
    assert.equal(withoutUrlQueries('GET https://cdn.example/x.js?token=abc#frag failed'), 'GET https://cdn.example/x.js failed');
    assert.equal(withoutUrlQueries('at /modules/profile/app.js?v=2:1:2'), 'at /modules/profile/app.js');
    assert.equal(withoutUrlQueries('Why? Item #3'), 'Why? Item #3');
    assert.equal(withoutUrlQueries('"/api/x?id=1" and \'/b#c\''), '"/api/x" and \'/b\'');
  });

  it('trims slashes at the edges', () => {
    assert.equal(withoutTrailingSlashes('/a/b//'), '/a/b');
    assert.equal(withoutTrailingSlashes('///'), '');
    assert.equal(withoutEdgeSlashes('//a/b/'), 'a/b');
    assert.equal(withoutEdgeSlashes('a'), 'a');
  });

  it('cuts at a word, never through a character or a word, and keeps a short text as it is', () => {
    assert.equal(cutAtWord('short', 10), 'short');
    assert.equal(cutAtWord('one two three', 9), 'one two');
    assert.equal(cutAtWord('one two three', 7), 'one two');
    assert.equal(cutAtWord('call 0401234567', 10), 'call');
    assert.equal(cutAtWord('x'.repeat(20), 5), 'xxxxx', 'one long word is cut where it must be');
    assert.equal(Array.from(cutAtWord('😀'.repeat(20), 5)).length, 5);
  });

  it('takes linear time on inputs that made the old patterns backtrack for seconds', () => {
    const attacks = ['/'.repeat(200_000), `a${'/'.repeat(200_000)}x`, 'a'.repeat(200_000), `${' '.repeat(200_000)}x`];
    for (const attack of attacks) {
      const ms = timed(() => [
        withoutUrlQueries(attack),
        withoutTrailingSlashes(attack),
        withoutEdgeSlashes(attack),
        cutAtWord(attack, 300),
      ]);
      assert.ok(ms < 200, `${Math.round(ms)} ms`);
    }
  });
});
