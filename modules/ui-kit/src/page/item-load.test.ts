import { expect } from '@open-wc/testing';
import { ApiRequestError } from '@portal/shared-contracts';
import { readCurrent } from './item-load.js';

/** A read the test finishes by hand, as a slow network would. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const apiError = (status: number): ApiRequestError => new ApiRequestError(status, 'some-code', 'some-code');

describe('ui-kit item-load', () => {
  describe('properties', () => {
    it('gives the item read for the id shown, with that id', async () => {
      const asked: string[] = [];
      const read = await readCurrent(
        () => 'a',
        async (id) => {
          asked.push(id);
          return { id };
        },
      );
      expect(read).to.deep.equal({ state: 'loaded', item: { id: 'a' } });
      expect(asked).to.deep.equal(['a']);
    });

    it('tells "not found" (a 404) from a failure to retry', async () => {
      expect(await readCurrent(() => 'a', () => Promise.reject(apiError(404)))).to.deep.equal({ state: 'not-found' });
      expect(await readCurrent(() => 'a', () => Promise.reject(apiError(500)))).to.deep.equal({ state: 'failed' });
      expect(await readCurrent(() => 'a', () => Promise.reject(new TypeError('network')))).to.deep.equal({ state: 'failed' });
    });

    it('drops the answer, or the failure, for an id no longer shown', async () => {
      let shown = 'a';
      const slow = deferred<string>();
      const pending = readCurrent(() => shown, () => slow.promise);
      shown = 'b';
      slow.resolve('item a');
      expect(await pending).to.equal(undefined);
      const failing = deferred<string>();
      const failed = readCurrent(() => shown, () => failing.promise);
      shown = 'c';
      failing.reject(apiError(404));
      expect(await failed).to.equal(undefined);
    });
  });
});
