import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import { PLAN_ERRORS as E, PLAN_PATHS, PlanAcceptSchema, PlanSchema, TASK_REPORT_MAX, TaskReportSchema } from './plan.js';

const plan = {
  id: '6b1e0f0a-0000-4c51-9a55-0a1f6b3c3001',
  type: 'employment',
  state: 'proposed',
  madeBy: 'office',
  proposedOn: '2026-06-01',
  acceptedAt: null,
  validFrom: '2026-06-01',
  validUntil: null,
  goals: { fi: 'a', sv: 'b', en: 'c' },
  actions: { fi: 'a', sv: 'b', en: 'c' },
  servicesAgreed: [],
  contact: { fi: 'a', sv: 'b', en: 'c' },
  jobSearchObligation: { applicationsPerPeriod: 4, reviewPeriod: 'calendar-month' },
  tasks: [],
  updatedAt: '2026-06-01T10:00:00.000Z',
};

test('a plan fits; an obligation above 4 applications does not', () => {
  assert.ok(validate(PlanSchema, plan).ok);
  assert.equal(
    validate(PlanSchema, { ...plan, jobSearchObligation: { applicationsPerPeriod: 5, reviewPeriod: 'calendar-month' } }).ok,
    false,
  );
});

test('a task report is trimmed text of 1…max characters, with the codes the form shows', () => {
  const ok = validate(TaskReportSchema, { text: '  Kävin messuilla.  ' });
  assert.ok(ok.ok && ok.value.text === 'Kävin messuilla.' && ok.value.outcome === 'done', 'done unless said otherwise');
  const empty = validate(TaskReportSchema, { text: '   ' });
  assert.ok(!empty.ok && empty.issues[0]?.message === E.reportRequired);
  const missing = validate(TaskReportSchema, {});
  // A missing field is refused too (valibot names the key); a form always sends the field.
  assert.ok(!missing.ok && missing.issues[0]?.path === 'text');
  const long = validate(TaskReportSchema, { text: 'x'.repeat(TASK_REPORT_MAX + 1) });
  assert.ok(!long.ok && long.issues[0]?.message === E.reportTooLong);
});

test('a task not done needs its reason, with a code of its own', () => {
  const ok = validate(TaskReportSchema, { outcome: 'not-done', text: 'Olin sairaana.' });
  assert.ok(ok.ok && ok.value.outcome === 'not-done');
  const noReason = validate(TaskReportSchema, { outcome: 'not-done', text: ' ' });
  assert.ok(!noReason.ok && noReason.issues[0]?.path === 'text' && noReason.issues[0]?.message === E.reasonRequired);
  const noHow = validate(TaskReportSchema, { outcome: 'done', text: '' });
  assert.ok(!noHow.ok && noHow.issues[0]?.message === E.reportRequired);
  assert.equal(validate(TaskReportSchema, { outcome: 'maybe', text: 'x' }).ok, false);
});

test('accepting names the plan and what it was based on', () => {
  assert.ok(validate(PlanAcceptSchema, { planId: plan.id, basedOn: plan.updatedAt }).ok);
  assert.equal(validate(PlanAcceptSchema, { planId: 'x', basedOn: plan.updatedAt }).ok, false);
  assert.equal(PLAN_PATHS.taskReport('a/b'), '/api/plan/tasks/a%2Fb/report');
});
