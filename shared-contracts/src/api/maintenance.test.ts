import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import { RegistrySchema } from '../registry.js';
import {
  activeBreakFor,
  appliesTo,
  DEFAULT_ANNOUNCE_HOURS,
  isActive,
  MAINTENANCE_MESSAGE_MAX,
  MaintenanceBreakInputSchema,
  PublicMaintenanceListSchema,
} from './maintenance.js';

const MESSAGE = { fi: 'Huoltokatko.', sv: 'Serviceavbrott.', en: 'Maintenance break.' };

const issuesOf = (input: unknown) => {
  const result = validate(MaintenanceBreakInputSchema, input);
  return result.ok ? [] : [...new Set(result.issues.map((issue) => issue.path))].sort();
};

test('a break: an area or the whole portal, times with offsets, a message in three languages, 48 h of announcement by default', () => {
  const result = validate(MaintenanceBreakInputSchema, {
    area: 'plan',
    startsAt: '2026-12-10T22:00:00+02:00',
    endsAt: '2026-12-11T02:00:00+02:00',
    message: { fi: '  Huoltokatko.  ', sv: 'Serviceavbrott.', en: 'Maintenance break.' },
  });
  assert.ok(result.ok);
  assert.equal(result.ok && result.value.announceHours, DEFAULT_ANNOUNCE_HOURS);
  assert.equal(result.ok && result.value.message.fi, 'Huoltokatko.', 'trimmed');
  const whole = validate(MaintenanceBreakInputSchema, {
    area: null,
    startsAt: '2026-12-10T20:00Z',
    endsAt: '2026-12-10T21:30:00.000Z',
    message: MESSAGE,
    announceHours: 0,
  });
  assert.ok(whole.ok);
  assert.equal(whole.ok && whole.value.announceHours, 0);
});

test('a break: refuses times without an offset, an end not after the start, a break of more than 14 days', () => {
  const base = { area: 'plan', message: MESSAGE };
  assert.deepEqual(issuesOf({ ...base, startsAt: '2026-12-10T22:00:00', endsAt: '2026-12-11T02:00:00+02:00' }), ['startsAt']);
  assert.deepEqual(issuesOf({ ...base, startsAt: '2026-12-10', endsAt: '2026-13-11T02:00:00Z' }), ['endsAt', 'startsAt']);
  assert.deepEqual(issuesOf({ ...base, startsAt: '2026-12-10T22:00:00Z', endsAt: '2026-12-10T22:00:00Z' }), ['endsAt']);
  assert.deepEqual(issuesOf({ ...base, startsAt: '2026-12-10T22:00:00+02:00', endsAt: '2026-12-10T19:30:00Z' }), ['endsAt']);
  assert.deepEqual(issuesOf({ ...base, startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-15T00:00:01Z' }), ['endsAt']);
});

test('a break: refuses a missing or empty language, a message too long, a bad area or announcement, unknown fields', () => {
  const base = { startsAt: '2026-12-10T22:00:00Z', endsAt: '2026-12-10T23:00:00Z' };
  assert.deepEqual(issuesOf({ ...base, area: 'plan', message: { fi: 'x', en: 'y' } }), ['message.sv']);
  assert.deepEqual(issuesOf({ ...base, area: 'plan', message: { ...MESSAGE, en: '   ' } }), ['message.en']);
  assert.deepEqual(issuesOf({ ...base, area: 'plan', message: { ...MESSAGE, fi: 'a'.repeat(MAINTENANCE_MESSAGE_MAX + 1) } }), [
    'message.fi',
  ]);
  assert.deepEqual(issuesOf({ ...base, area: 'Plan!', message: MESSAGE }), ['area']);
  assert.deepEqual(issuesOf({ ...base, area: 'plan', message: MESSAGE, announceHours: 1.5 }), ['announceHours']);
  assert.deepEqual(issuesOf({ ...base, area: 'plan', message: MESSAGE, announceHours: -1 }), ['announceHours']);
  assert.equal(issuesOf({ ...base, area: 'plan', message: MESSAGE, extra: 1 }).length, 1);
});

test('the public list: active between start and end, for its area or every area; the registry carries it unparsed', () => {
  const item = { area: 'plan', startsAt: '2026-12-10T22:00:00Z', endsAt: '2026-12-10T23:00:00Z', message: MESSAGE };
  assert.ok(validate(PublicMaintenanceListSchema, [item, { ...item, area: null }]).ok);
  assert.equal(isActive(item, Date.parse('2026-12-10T21:59:59Z')), false);
  assert.equal(isActive(item, Date.parse('2026-12-10T22:00:00Z')), true);
  assert.equal(isActive(item, Date.parse('2026-12-10T23:00:00Z')), false);
  assert.ok(appliesTo(item, 'plan'));
  assert.ok(!appliesTo(item, 'profile'));
  assert.ok(appliesTo({ area: null }, 'profile'));
  const registry = validate(RegistrySchema, { schemaVersion: 1, areas: [], maintenance: [item] });
  assert.ok(registry.ok);
  assert.deepEqual(registry.ok && registry.value.maintenance, [item]);
  assert.ok(validate(RegistrySchema, { schemaVersion: 1, areas: [] }).ok, 'without breaks, no field');
});

test('the break keeping an area out of use: its own or the whole portal’s, of several the one ending last', () => {
  const plan = { area: 'plan', startsAt: '2026-12-10T22:00:00Z', endsAt: '2026-12-10T23:00:00Z', message: MESSAGE };
  const portal = { ...plan, area: null, endsAt: '2026-12-11T01:00:00Z' };
  const during = Date.parse('2026-12-10T22:30:00Z');
  assert.equal(activeBreakFor([plan, portal], 'plan', during), portal);
  assert.equal(activeBreakFor([plan], 'plan', during), plan);
  assert.equal(activeBreakFor([plan], 'profile', during), undefined);
  assert.equal(activeBreakFor([plan, portal], 'plan', Date.parse('2026-12-10T21:00:00Z')), undefined);
});
