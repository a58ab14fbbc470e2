// Malformed values made from valid ones: a field dropped or added, a value of the wrong type, a
// hostile string (huge, NUL, half a surrogate pair, direction overrides, impossible days), numbers as
// strings, an array where an object belongs, deep nesting. Each mutation is a plain description
// (which path, what instead) so that fast-check shrinks it and its counterexample reads as what it did.
import fc from 'fast-check';

type Json = unknown;

/** Strings a careless parser, database or pattern chokes on. None is SQL: answers are searched for SQL. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uFEFFBOM',
  '\u202Eevil\u202C',
  'e\u0301\u0301\u0301',
  '\u200B\u200D\u2060',
  '👩‍👩‍👧‍👦',
  '𝕏'.repeat(50),
  '2026-02-31',
  '2026-13-01',
  '0000-00-00',
  '2026-02-29',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2026-01-01T25:61:61Z',
  '9999-12-31T23:59:59.999+99:99',
  '1e309',
  '-0',
  'NaN',
  '0x10',
  "' OR '1'='1",
  '%00',
  '%E0%A4%A',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  '__proto__',
  'constructor',
  '\r\n\r\nX-Injected: 1',
];

/** Values of every JSON type, including ones no schema expects. */
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e308, -1e-308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { '': null }),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A long string: past every field's maximum, past a form's whole size limit. */
const hugeString = fc
  .constantFrom(2_001, 70_000, 120_000)
  .chain((length) => fc.constantFrom('a', 'ä', '\u0301', '€', ' ').map((c) => c.repeat(length)));

export type Mutation =
  | { readonly kind: 'drop' }
  | { readonly kind: 'add'; readonly name: string; readonly value: Json }
  | { readonly kind: 'replace'; readonly value: Json }
  | { readonly kind: 'stringify-numbers' }
  | { readonly kind: 'wrap-in-array' }
  | { readonly kind: 'nest'; readonly depth: number };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ kind: 'drop' }),
  fc.record({
    kind: fc.constant('add' as const),
    name: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', ''), fc.string({ maxLength: 10 })),
    value: wrongValue,
  }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.oneof(wrongValue, hugeString) }),
  fc.constant<Mutation>({ kind: 'stringify-numbers' }),
  fc.constant<Mutation>({ kind: 'wrap-in-array' }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.constantFrom(20, 200, 1_500) }),
);

/** Paths deeper than this are not chosen (a nested mutation may have made the value thousands deep). */
const PATH_DEPTH_MAX = 12;

/** Every path into a JSON value down to PATH_DEPTH_MAX, the root first. */
export function pathsOf(value: Json): string[][] {
  const paths: string[][] = [];
  const queue: { readonly value: Json; readonly path: string[] }[] = [{ value, path: [] }];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    paths.push(item.path);
    if (typeof item.value !== 'object' || item.value === null || item.path.length >= PATH_DEPTH_MAX) continue;
    for (const [key, child] of Object.entries(item.value)) queue.push({ value: child, path: [...item.path, key] });
  }
  return paths;
}

function nested(depth: number, inner: Json): Json {
  let value = inner;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { n: value };
  return value;
}

/** Numbers written as strings, down to PATH_DEPTH_MAX (a nested value below stays as it is). */
function stringifyNumbers(value: Json, depth = 0): Json {
  if (typeof value === 'number') return String(value);
  if (depth >= PATH_DEPTH_MAX || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => stringifyNumbers(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stringifyNumbers(v, depth + 1)]));
}

function changed(target: Json, mutation: Mutation): Json | typeof DROPPED {
  switch (mutation.kind) {
    case 'drop':
      return DROPPED;
    case 'add':
      if (typeof target !== 'object' || target === null || Array.isArray(target)) return { [mutation.name]: mutation.value };
      // defineProperty: `__proto__` must become an own field of the JSON, not the object's prototype.
      return Object.defineProperty({ ...target }, mutation.name, {
        value: mutation.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    case 'replace':
      return mutation.value;
    case 'stringify-numbers':
      return stringifyNumbers(target);
    case 'wrap-in-array':
      return [target];
    case 'nest':
      return nested(mutation.depth, target);
  }
}

const DROPPED = Symbol('dropped');

/** `value` with `mutation` applied at `path` (a copy; the valid value is left as it was). */
export function mutate(value: Json, path: readonly string[], mutation: Mutation): Json {
  if (path.length === 0) {
    const result = changed(value, mutation);
    return result === DROPPED ? undefined : result;
  }
  const [head = '', ...rest] = path;
  if (Array.isArray(value)) {
    const copy = value.slice();
    const index = Number(head);
    if (rest.length === 0 && mutation.kind === 'drop') copy.splice(index, 1);
    else copy[index] = mutate(copy[index], rest, mutation);
    return copy;
  }
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, Json> = { ...value };
  if (rest.length === 0 && mutation.kind === 'drop') delete copy[head];
  else copy[head] = mutate(copy[head], rest, mutation);
  return copy;
}

/** A malformed variant of a valid value: a mutation at one of its paths (chosen by index, so it shrinks). */
export function malformed(valid: fc.Arbitrary<Json>): fc.Arbitrary<Json> {
  return fc.tuple(valid, fc.nat(), fc.array(mutationArbitrary, { minLength: 1, maxLength: 2 })).map(([value, pick, mutations]) =>
    mutations.reduce<Json>((current, mutation) => {
      const paths = pathsOf(current);
      return mutate(current, paths[pick % paths.length] ?? [], mutation);
    }, value),
  );
}
