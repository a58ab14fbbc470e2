import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { BusPayloadError, createBus } from './bus.js';
import { defineTopic } from './topic.js';
import { LocaleTopic, SessionTopic } from './topics.js';

test('a subscriber receives what is published, typed by the topic', () => {
  const bus = createBus();
  const seen: string[] = [];
  bus.subscribe(LocaleTopic, ({ locale }) => seen.push(locale));
  bus.publish(LocaleTopic, { locale: 'sv' });
  bus.publish(LocaleTopic, { locale: 'en' });
  assert.deepEqual(seen, ['sv', 'en']);
});

test('a replayed topic gives its latest value to a late subscriber', () => {
  const bus = createBus();
  bus.publish(SessionTopic, { status: 'signed-out' });
  bus.publish(SessionTopic, { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
  const seen: unknown[] = [];
  bus.subscribe(SessionTopic, (value) => seen.push(value));
  assert.deepEqual(seen, [{ status: 'signed-in', person: { displayName: 'Tessa Testilä' } }]);
  assert.deepEqual(bus.current(SessionTopic), { status: 'signed-in', person: { displayName: 'Tessa Testilä' } });
});

test('a non-replayed topic does not replay', () => {
  const bus = createBus();
  const Ping = defineTopic({ name: 'test.ping', version: 1, schema: v.object({ n: v.number() }) });
  bus.publish(Ping, { n: 1 });
  const seen: number[] = [];
  bus.subscribe(Ping, ({ n }) => seen.push(n));
  bus.publish(Ping, { n: 2 });
  assert.deepEqual(seen, [2]);
});

test('an invalid payload is refused to the publisher with a clear error and reaches nobody', () => {
  const bus = createBus();
  const seen: unknown[] = [];
  bus.subscribe(LocaleTopic, (value) => seen.push(value));
  assert.throws(
    // @ts-expect-error: the point is a payload the types would refuse, arriving from untyped code
    () => bus.publish(LocaleTopic, { locale: 'de' }),
    (error: unknown) => error instanceof BusPayloadError && error.topic === 'locale.changed@1' && /locale/.test(error.message),
  );
  assert.deepEqual(seen, []);
  // The topic still works afterwards.
  bus.publish(LocaleTopic, { locale: 'fi' });
  assert.deepEqual(seen, [{ locale: 'fi' }]);
});

test('a throwing subscriber breaks neither the publisher nor the other subscribers', () => {
  const reported: string[] = [];
  const bus = createBus({ onSubscriberError: (_error, topic) => reported.push(topic) });
  const seen: string[] = [];
  bus.subscribe(LocaleTopic, () => {
    throw new Error('boom');
  });
  bus.subscribe(LocaleTopic, ({ locale }) => seen.push(locale));
  bus.publish(LocaleTopic, { locale: 'sv' });
  bus.publish(LocaleTopic, { locale: 'fi' });
  assert.deepEqual(seen, ['sv', 'fi']);
  assert.deepEqual(reported, ['locale.changed@1', 'locale.changed@1']);
});

test('versions of a topic are separate channels', () => {
  const bus = createBus();
  const V1 = defineTopic({ name: 'demo.changed', version: 1, schema: v.object({ a: v.string() }) });
  const V2 = defineTopic({ name: 'demo.changed', version: 2, schema: v.object({ b: v.number() }) });
  const one: unknown[] = [];
  const two: unknown[] = [];
  bus.subscribe(V1, (value) => one.push(value));
  bus.subscribe(V2, (value) => two.push(value));
  bus.publish(V2, { b: 2 });
  assert.deepEqual(one, []);
  assert.deepEqual(two, [{ b: 2 }]);
});

test('published values are frozen copies', () => {
  const bus = createBus();
  const payload = { locale: 'fi' as const };
  let received: { locale: string } | undefined;
  bus.subscribe(LocaleTopic, (value) => (received = value));
  bus.publish(LocaleTopic, payload);
  assert.ok(Object.isFrozen(received));
  assert.notEqual(received, payload);
});

test('topic names and versions are checked when a topic is defined', () => {
  assert.throws(() => defineTopic({ name: 'NoDots', version: 1, schema: v.string() }), /domain/);
  assert.throws(() => defineTopic({ name: 'a.b', version: 0, schema: v.string() }), /version/);
});
