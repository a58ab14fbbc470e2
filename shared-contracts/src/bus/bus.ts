import { type Observable, ReplaySubject, Subject, type Subscription } from 'rxjs';
import type { GenericSchema } from 'valibot';
import { validate } from '../validate.js';
import { topicKey, type PayloadOf, type Topic } from './topic.js';

/** Thrown to a publisher whose payload does not match the topic's schema. Subscribers never see it. */
export class BusPayloadError extends Error {
  override readonly name = 'BusPayloadError';
  constructor(
    readonly topic: string,
    readonly issues: readonly string[],
  ) {
    super(`Invalid payload for bus topic "${topic}": ${issues.join('; ')}`);
  }
}

export interface BusOptions {
  /** Where a subscriber's exception is reported; the other subscribers still get the value. */
  readonly onSubscriberError?: (error: unknown, topic: string) => void;
}

export interface EventBus {
  /** Validates and delivers a payload; throws BusPayloadError when it does not fit the schema. */
  publish<T extends Topic>(topic: T, payload: PayloadOf<T>): void;
  /** An observable of a topic's payloads; replayed topics start with their latest value. */
  observe<T extends Topic>(topic: T): Observable<PayloadOf<T>>;
  /** Shorthand for `observe(topic).subscribe(next)`, with the subscriber's errors isolated. */
  subscribe<T extends Topic>(topic: T, next: (payload: PayloadOf<T>) => void): Subscription;
  /** The latest value of a replayed topic, if any has been published. */
  current<T extends Topic>(topic: T): PayloadOf<T> | undefined;
}

interface Channel {
  readonly subject: Subject<unknown>;
  readonly schema: GenericSchema;
  latest?: { value: unknown };
}

export function createBus(options: BusOptions = {}): EventBus {
  const channels = new Map<string, Channel>();
  const reportError =
    options.onSubscriberError ??
    ((error: unknown, topic: string) => {
      // A broken subscriber must not break the publisher or its siblings; make it visible instead.
      console.error(`A subscriber of bus topic "${topic}" threw`, error);
    });

  function channel(topic: Topic): Channel {
    const key = topicKey(topic);
    let found = channels.get(key);
    if (!found) {
      found = { subject: topic.replay ? new ReplaySubject<unknown>(1) : new Subject<unknown>(), schema: topic.schema };
      channels.set(key, found);
    }
    return found;
  }

  function observe<T extends Topic>(topic: T): Observable<PayloadOf<T>> {
    return channel(topic).subject.asObservable() as Observable<PayloadOf<T>>;
  }

  return {
    publish(topic, payload) {
      const target = channel(topic);
      const result = validate(target.schema, payload);
      if (!result.ok) {
        throw new BusPayloadError(
          topicKey(topic),
          result.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
        );
      }
      // Subscribers get the parsed copy, so a publisher mutating its object later changes nothing.
      const value = Object.freeze(result.value);
      target.latest = { value };
      target.subject.next(value);
    },
    observe,
    subscribe(topic, next) {
      const key = topicKey(topic);
      return observe(topic).subscribe((value) => {
        try {
          next(value);
        } catch (error) {
          reportError(error, key);
        }
      });
    },
    current(topic) {
      return channel(topic).latest?.value as PayloadOf<typeof topic> | undefined;
    },
  };
}
