// Valid values of a contract schema as a fast-check arbitrary: the starting point the fuzz suite
// mutates into malformed ones. Valibot schemas are plain objects describing themselves (`type`,
// `entries`, `pipe`…), so the mapping reads them; it covers the kinds the request contracts use and
// throws for any other, so a contract that grows a new kind fails the suite instead of going unfuzzed.
import fc from 'fast-check';
import { isCalendarDate } from '@portal/shared-contracts';
import { isValidHetu } from '@portal/shared-contracts/hetu';
import { isOffsetDateTime } from '@portal/shared-contracts/maintenance';

/** What the mapping reads of a valibot schema or action (the contracts are the one import of valibot). */
export interface SchemaNode {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly SchemaNode[];
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly options?: readonly unknown[];
  readonly item?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly key?: SchemaNode | string;
  readonly value?: SchemaNode;
  readonly literal?: unknown;
  readonly requirement?: unknown;
}

/** Any contract schema, seen as the node it is. */
export const asNode = (schema: unknown): SchemaNode => schema as SchemaNode;

/** Days that exist, around today as the forms send them and at the edges of what a contract takes. */
const calendarDay = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
  },
  fc.constantFrom(...['1000-01-01', '1900-02-28', '2000-02-29', '9999-12-31'].filter((day) => isCalendarDate(day))),
);

/** Instants as the backend writes them, and ones at the edges of the format (year 0, offsets of ±23:59). */
const isoTimestamp = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString()),
  },
  fc.constantFrom(
    '0000-01-01T00:00:00.000Z',
    '9999-12-31T23:59:59.999+14:00',
    '2026-01-01T00:00:00.000-23:59',
    '1970-01-01T00:00:00Z',
    '2026-06-01T12:00Z',
  ),
);

/**
 * A maintenance break's start or end: in a few days of 2099, so two of them are often in order and
 * within the longest break, and a break the suite schedules is never announced or going on while
 * it runs (it would refuse the suite's other writes).
 */
const maintenanceTime = fc
  .integer({ min: Date.parse('2099-01-01T00:00:00Z') / 60_000, max: Date.parse('2099-01-04T00:00:00Z') / 60_000 })
  .chain((minutes) =>
    fc.constantFrom('Z', '+02:00', '-05:30').map((offset) => {
      const shifted = new Date(minutes * 60_000 + (offset === 'Z' ? 0 : offset === '+02:00' ? 120 : -330) * 60_000);
      return `${shifted.toISOString().slice(0, 16)}${offset}`;
    }),
  );

/** Henkilötunnukset of the seed persons and of nobody: both pass the checksum. */
const HETUS = ['010280-952L', '010469-999W', '131052-308T'].filter((hetu) => isValidHetu(hetu));

/** The actions of a schema's pipe, those of a piped schema it starts from included (`v.pipe(AreaIdSchema, …)`). */
function actions(node: SchemaNode): readonly SchemaNode[] {
  return (node.pipe ?? []).flatMap((step) => (step.kind !== 'schema' ? [step] : step === node ? [] : actions(step)));
}

function numberOf(node: SchemaNode, type: string): number | undefined {
  const found = actions(node).find((step) => step.type === type)?.requirement;
  return typeof found === 'number' ? found : undefined;
}

/** A string by its pipe: the first action that says what the string is wins; lengths bound the rest. */
function stringArbitrary(node: SchemaNode): fc.Arbitrary<string> {
  const steps = actions(node);
  const min = numberOf(node, 'min_length') ?? 0;
  const max = Math.max(min, Math.min(numberOf(node, 'max_length') ?? 40, 200));
  const fits = (text: string) => text.length >= min && text.length <= max;
  for (const step of steps) {
    switch (step.type) {
      case 'regex':
        // fast-check cannot read the i flag; without it the pattern matches a part of the same strings.
        if (step.requirement instanceof RegExp)
          return fc.stringMatching(new RegExp(step.requirement.source, step.requirement.flags.replace(/[giy]/g, ''))).filter(fits);
        break;
      case 'uuid':
        return fc.uuid();
      case 'iso_timestamp':
        return isoTimestamp;
      case 'url':
        return fc.webUrl();
      case 'starts_with':
        return fc.string({ maxLength: 20 }).map((rest) => `${String(step.requirement)}${rest}`);
      case 'check':
        if (step.requirement === isCalendarDate) return calendarDay;
        if (step.requirement === isValidHetu) return fc.constantFrom(...HETUS);
        if (step.requirement === isOffsetDateTime) return maintenanceTime;
        // A check the mapping does not know (e-mail, URL or path): values of each likely kind.
        return fc.oneof(
          fc.emailAddress(),
          fc.constantFrom('/legacy/offers', 'https://example.fi/x'),
          fc.string({ minLength: min, maxLength: max }),
        );
      default:
        break;
    }
  }
  return fc.string({ minLength: min, maxLength: max });
}

function numberArbitrary(node: SchemaNode): fc.Arbitrary<number> {
  const min = numberOf(node, 'min_value') ?? -1000;
  const max = numberOf(node, 'max_value') ?? 1000;
  if (actions(node).some((step) => step.type === 'integer')) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(node: SchemaNode): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(node.entries ?? {});
  const model = Object.fromEntries(entries.map(([name, entry]) => [name, arbitraryOf(entry.type === 'optional' ? entry.wrapped! : entry)]));
  const requiredKeys = entries.filter(([, entry]) => entry.type !== 'optional').map(([name]) => name);
  return fc.record(model, { requiredKeys });
}

function childrenOf(node: SchemaNode): SchemaNode[] {
  return (node.options ?? []) as SchemaNode[];
}

/** Values the schema accepts (nearly always: checks across fields are not read), shrinking towards small ones. */
export function arbitraryOf(node: SchemaNode): fc.Arbitrary<unknown> {
  switch (node.type) {
    case 'string':
      return stringArbitrary(node);
    case 'number':
      return numberArbitrary(node);
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constant(node.literal);
    case 'picklist':
      return fc.constantFrom(...(node.options ?? []));
    case 'object':
    case 'strict_object':
    case 'loose_object':
      return objectArbitrary(node);
    case 'array': {
      const minLength = numberOf(node, 'min_length') ?? 0;
      return fc.array(arbitraryOf(node.item!), {
        minLength,
        maxLength: Math.max(minLength, Math.min(numberOf(node, 'max_length') ?? 4, 4)),
      });
    }
    case 'optional':
      return fc.option(arbitraryOf(node.wrapped!), { nil: undefined });
    case 'nullable':
      return fc.option(arbitraryOf(node.wrapped!), { nil: null });
    case 'variant':
    case 'union':
      return fc.oneof(...childrenOf(node).map(arbitraryOf));
    case 'record':
      return fc.dictionary(stringArbitrary(node.key as SchemaNode), arbitraryOf(node.value!), { maxKeys: 5 });
    case 'custom':
    case 'unknown':
      // The contracts' custom schemas are "an object of fields" (a draft's data).
      return fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    default:
      throw new Error(`The fuzz suite has no arbitrary for a valibot "${node.type}" schema: add one to schema-arbitrary.ts.`);
  }
}
