import type { GenericSchema, InferOutput } from 'valibot';

/**
 * A bus topic: `<domain>.<event>` plus a major version. A payload change that would break a
 * subscriber is a new version of the topic (a new `defineTopic` call), never an edit of this one.
 */
export interface Topic<TSchema extends GenericSchema = GenericSchema> {
  readonly name: string;
  readonly version: number;
  readonly schema: TSchema;
  /** Context topics replay their latest value to every new subscriber. */
  readonly replay: boolean;
}

export type PayloadOf<T extends Topic> = InferOutput<T['schema']>;

const TOPIC_NAME = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export function defineTopic<TSchema extends GenericSchema>(spec: {
  name: string;
  version: number;
  schema: TSchema;
  replay?: boolean;
}): Topic<TSchema> {
  if (!TOPIC_NAME.test(spec.name)) {
    throw new TypeError(`Topic name "${spec.name}" must look like "<domain>.<event>" in lower case.`);
  }
  if (!Number.isInteger(spec.version) || spec.version < 1) {
    throw new TypeError(`Topic "${spec.name}" needs a positive integer version.`);
  }
  return Object.freeze({ name: spec.name, version: spec.version, schema: spec.schema, replay: spec.replay ?? false });
}

/** The key a topic is carried under: `session.changed@1`. */
export function topicKey(topic: Pick<Topic, 'name' | 'version'>): string {
  return `${topic.name}@${topic.version}`;
}
