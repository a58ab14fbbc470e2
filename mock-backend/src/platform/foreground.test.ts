// Bulk work waits for a moment when no request is in flight, never longer than its limit, and a
// request that left the count (an upload) is not waited for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { createForeground } from './foreground.js';

/** A response stand-in: locals and the 'finish' event are all the tracker uses. */
function response(): Response & { finish(): void } {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { locals: {}, finish: () => emitter.emit('finish') }) as unknown as Response & { finish(): void };
}

const settled = async (promise: Promise<void>, withinMs: number): Promise<boolean> =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), withinMs))]);

test('no request in flight: at once; one in flight: when it is answered', async () => {
  const foreground = createForeground(5000);
  assert.equal(await settled(foreground.quietMoment(), 10), true);
  const res = response();
  foreground.track({} as Request, res, () => {});
  const waiting = foreground.quietMoment();
  assert.equal(await settled(waiting, 50), false, 'waits while a request is being served');
  res.finish();
  assert.equal(await settled(waiting, 50), true, 'goes on once it is answered');
  res.emit('close');
  assert.equal(await settled(foreground.quietMoment(), 10), true, 'finish and close count once');
});

test('never longer than the limit, and a request that left is not waited for', async () => {
  const foreground = createForeground(100);
  const busy = response();
  foreground.track({} as Request, busy, () => {});
  const started = performance.now();
  await foreground.quietMoment();
  const waited = performance.now() - started;
  assert.ok(waited >= 90 && waited < 1000, `waited ${waited.toFixed(0)} ms`);
  foreground.leave(busy);
  assert.equal(await settled(foreground.quietMoment(), 10), true);
  busy.finish();
  const other = response();
  foreground.track({} as Request, other, () => {});
  assert.equal(await settled(foreground.quietMoment(), 20), false, 'leaving twice did not lower the count below the truth');
  other.finish();
});
