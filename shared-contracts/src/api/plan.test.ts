import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../validate.js';
import { PLAN_ERRORS as E, PLAN_PATHS, PlanAcceptSchema, PlanSchema, TASK_REPORT_MAX, TaskReportSchema } from './plan.js';
import { OfficePlanDecisionSchema, PlanProposalSchema } from './plan-proposals.js';

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
  message: null,
  officeComments: null,
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

test('an own proposal: a goal and 1…10 tasks with real target dates, each problem under its own code and path', () => {
  const proposal = { goal: ' Työ varastossa ', tasks: [{ description: 'Haen trukkikorttia', targetDate: '2026-12-20' }] };
  const ok = validate(PlanProposalSchema, proposal);
  assert.ok(ok.ok && ok.value.goal === 'Työ varastossa' && ok.value.message === '', 'trimmed, no message needed');
  const issue = (value: unknown) => {
    const result = validate(PlanProposalSchema, value);
    return result.ok ? undefined : [result.issues[0]?.path, result.issues[0]?.message];
  };
  assert.deepEqual(issue({ ...proposal, goal: '' }), ['goal', E.goalRequired]);
  assert.deepEqual(issue({ ...proposal, tasks: [] }), ['tasks', E.tasksRequired]);
  assert.deepEqual(issue({ ...proposal, tasks: Array.from({ length: 11 }, () => proposal.tasks[0]) }), ['tasks', E.tasksTooMany]);
  assert.deepEqual(issue({ ...proposal, tasks: [{ description: ' ', targetDate: '2026-12-20' }] }), [
    'tasks.0.description',
    E.taskDescriptionRequired,
  ]);
  assert.deepEqual(issue({ ...proposal, tasks: [{ description: 'x', targetDate: '2026-02-30' }] }), [
    'tasks.0.targetDate',
    E.targetDateInvalid,
  ]);
  assert.deepEqual(issue({ ...proposal, message: 'x'.repeat(2001) }), ['message', E.messageTooLong]);
});

test('the office accepts a proposal (optionally setting the obligation) or returns it with comments', () => {
  assert.ok(validate(OfficePlanDecisionSchema, { decision: 'accept' }).ok);
  assert.ok(validate(OfficePlanDecisionSchema, { decision: 'accept', applicationsPerPeriod: 3 }).ok);
  assert.ok(validate(OfficePlanDecisionSchema, { decision: 'return', comments: 'Lisää tavoitteeseen aikataulu.' }).ok);
  assert.equal(validate(OfficePlanDecisionSchema, { decision: 'return', comments: ' ' }).ok, false);
  assert.equal(validate(OfficePlanDecisionSchema, { decision: 'return' }).ok, false);
  assert.equal(PLAN_PATHS.officeDecision('a/b'), '/office-api/plans/a%2Fb/decision');
});
