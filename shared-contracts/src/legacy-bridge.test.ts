import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bridgeMessage,
  LEGACY_TO_PORTAL_TOPICS,
  LegacyToPortalMessageSchema,
  PORTAL_TO_LEGACY_TOPICS,
  PortalToLegacyMessageSchema,
} from './legacy-bridge.js';
import { RolloutSchema } from './api/registry-admin.js';
import { validate } from './validate.js';

const ok = (schema: Parameters<typeof validate>[0], value: unknown) => validate(schema, value).ok;

test('each direction accepts its own topics, exactly shaped, and nothing of the other direction', () => {
  assert.ok(ok(LegacyToPortalMessageSchema, bridgeMessage('page', { path: '/123', title: 'Työtarjous' })));
  assert.ok(ok(LegacyToPortalMessageSchema, bridgeMessage('resize', { height: 640 })));
  assert.ok(ok(LegacyToPortalMessageSchema, bridgeMessage('navigate', { path: '/job-search' })));
  assert.ok(ok(LegacyToPortalMessageSchema, bridgeMessage('keep-alive', { expiresAt: '2026-11-25T22:30:00.000Z' })));
  assert.ok(ok(PortalToLegacyMessageSchema, bridgeMessage('session', { status: 'signed-out' })));
  assert.ok(ok(PortalToLegacyMessageSchema, bridgeMessage('locale', { locale: 'sv' })));

  // The other direction's topics, other origins' paths, extra keys, other protocols or versions.
  assert.ok(!ok(LegacyToPortalMessageSchema, bridgeMessage('session', { status: 'signed-out' })));
  assert.ok(!ok(PortalToLegacyMessageSchema, bridgeMessage('navigate', { path: '/profile' })));
  assert.ok(!ok(LegacyToPortalMessageSchema, bridgeMessage('navigate', { path: '//evil.example/' })));
  assert.ok(!ok(LegacyToPortalMessageSchema, bridgeMessage('navigate', { path: 'https://evil.example/' })));
  assert.ok(!ok(LegacyToPortalMessageSchema, bridgeMessage('resize', { height: -1 })));
  assert.ok(!ok(LegacyToPortalMessageSchema, { ...bridgeMessage('resize', { height: 10 }), extra: true }));
  assert.ok(!ok(LegacyToPortalMessageSchema, { ...bridgeMessage('resize', { height: 10 }), version: 2 }));
  assert.ok(!ok(LegacyToPortalMessageSchema, { ...bridgeMessage('resize', { height: 10 }), protocol: 'other' }));
  assert.deepEqual([...LEGACY_TO_PORTAL_TOPICS].sort(), ['keep-alive', 'navigate', 'page', 'resize']);
  assert.deepEqual([...PORTAL_TO_LEGACY_TOPICS].sort(), ['locale', 'session']);
});

test('a rollout is everyone, nobody, a whole percentage, or valid henkilötunnukset', () => {
  assert.ok(ok(RolloutSchema, { mode: 'everyone' }));
  assert.ok(ok(RolloutSchema, { mode: 'percentage', percentage: 0 }));
  assert.ok(ok(RolloutSchema, { mode: 'persons', persons: ['010280-952L'] }));
  assert.ok(!ok(RolloutSchema, { mode: 'percentage', percentage: 50.5 }));
  assert.ok(!ok(RolloutSchema, { mode: 'persons', persons: [] }));
  assert.ok(!ok(RolloutSchema, { mode: 'persons', persons: ['010280-952X'] }));
  assert.ok(!ok(RolloutSchema, { mode: 'everyone', percentage: 5 }));
});
