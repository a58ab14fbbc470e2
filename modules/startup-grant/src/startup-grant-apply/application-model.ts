import { validate, type Locale } from '@portal/shared-contracts';
import {
  COST_KINDS,
  FINANCING_KINDS,
  INVESTMENT_KINDS,
  parseAmount,
  SECTION_SCHEMAS,
  SECTIONS,
  STARTUP_GRANT_DRAFT_KEY,
  STARTUP_GRANT_ERRORS as E,
  type ApplicationSubmit,
  type CostKind,
  type FinancingKind,
  type InvestmentKind,
  type Section,
} from '@portal/shared-contracts/startup-grant';
import type { FieldErrors, Restored, Validation } from '@portal/ui-kit/form';

// The application as the form holds it (what the person typed, amounts as text in their language's
// format), each section checked by the contract's own schema, and the draft that keeps it all, one
// draft for the whole application, so a section left half done survives a timeout and a sign-out.

export const DRAFT_KEY = STARTUP_GRANT_DRAFT_KEY;

export interface ApplyInput extends Record<string, unknown> {
  readonly business: {
    readonly name: string;
    readonly businessId: string;
    readonly form: string;
    readonly field: string;
    readonly startDate: string;
    readonly workingTime: string;
  };
  readonly plan: { readonly idea: string; readonly customers: string; readonly competence: string };
  readonly profitability: { readonly sales: string; readonly costs: Readonly<Record<CostKind, string>> };
  readonly financing: {
    readonly investments: Readonly<Record<InvestmentKind, string>>;
    readonly financing: Readonly<Record<FinancingKind, string>>;
  };
  /** '' until answered; 'yes' or 'no'. */
  readonly earlier: { readonly hasEarlier: string; readonly description: string };
  /** Files uploaded for the application (pending on the server until it is sent). */
  readonly attachments: { readonly attachmentIds: readonly string[] };
  /** The sections the person marked completed (each valid when marked; a change unmarks it). */
  readonly completed: readonly Section[];
}

const blank = <K extends string>(keys: readonly K[]): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;

export const EMPTY_INPUT: ApplyInput = {
  business: { name: '', businessId: '', form: '', field: '', startDate: '', workingTime: '' },
  plan: { idea: '', customers: '', competence: '' },
  profitability: { sales: '', costs: blank(COST_KINDS) },
  financing: { investments: blank(INVESTMENT_KINDS), financing: blank(FINANCING_KINDS) },
  earlier: { hasEarlier: '', description: '' },
  attachments: { attachmentIds: [] },
  completed: [],
};

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

/** Sums of the amounts as typed, in cents; an amount not understood counts as nothing (it has its own error). */
export function sum(values: Readonly<Record<string, string>>, language: Locale): number {
  return Object.values(values).reduce((total, text) => total + (parseAmount(text, language) ?? 0), 0);
}

/** Whether any field of the section has something in it. */
function touched(section: Section, input: ApplyInput): boolean {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  if (section === 'attachments') return input.attachments.attachmentIds.length > 0;
  return strings(input[section]).some((text) => text.trim() !== '');
}

/** The amounts of a group as cents, or the errors of those not understood, at `<prefix>.<kind>`. */
function amounts<K extends string>(
  values: Readonly<Record<K, string>>,
  language: Locale,
  prefix: string,
  errors: Record<string, string>,
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const [kind, text] of Object.entries(values) as [K, string][]) {
    const cents = parseAmount(text, language);
    if (cents === undefined) errors[`${prefix}.${kind}`] = E.amountInvalid;
    out[kind] = cents ?? 0;
  }
  return out;
}

/** The section as the API takes it (amounts in cents), before the schema's check; errors of amounts not understood. */
export function sectionRequest(section: Section, input: ApplyInput, language: Locale): { value: unknown; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const base = `sections.${section}`;
  switch (section) {
    case 'profitability': {
      const sales = parseAmount(input.profitability.sales, language);
      if (sales === undefined) errors[`${base}.sales`] = E.amountInvalid;
      // An empty sales figure is no figure: required, unlike a cost that is zero.
      if (input.profitability.sales.trim() === '') errors[`${base}.sales`] = E.required;
      return { value: { sales: sales ?? 0, costs: amounts(input.profitability.costs, language, `${base}.costs`, errors) }, errors };
    }
    case 'financing':
      return {
        value: {
          investments: amounts(input.financing.investments, language, `${base}.investments`, errors),
          financing: amounts(input.financing.financing, language, `${base}.financing`, errors),
        },
        errors,
      };
    case 'earlier':
      return {
        value:
          input.earlier.hasEarlier === 'yes'
            ? { hasEarlier: true, description: input.earlier.description }
            : input.earlier.hasEarlier === 'no'
              ? { hasEarlier: false }
              : {},
        errors: input.earlier.hasEarlier === '' ? { [`${base}.hasEarlier`]: E.required } : errors,
      };
    case 'attachments':
      return { value: { attachmentIds: [...input.attachments.attachmentIds] }, errors };
    default:
      return { value: input[section], errors };
  }
}

/** One section checked by the contract's schema: its value for the request, or its errors by path. */
export function checkSection(
  section: Section,
  input: ApplyInput,
  language: Locale,
): { ok: true; value: unknown } | { ok: false; errors: FieldErrors } {
  const { value, errors } = sectionRequest(section, input, language);
  const result = validate(SECTION_SCHEMAS[section], value);
  if (result.ok && Object.keys(errors).length === 0) return { ok: true, value: result.value };
  const all: Record<string, string> = { ...errors };
  if (!result.ok) {
    for (const issue of result.issues) {
      // The financing's balance is the whole group's: shown at the group, after the amounts.
      const path = issue.path ? `sections.${section}.${issue.path}` : `sections.${section}.total`;
      all[path] ??= issue.message;
    }
  }
  return { ok: false, errors: all };
}

export function statusOf(section: Section, input: ApplyInput, language: Locale): SectionStatus {
  if (input.completed.includes(section) && checkSection(section, input, language).ok) return 'completed';
  return touched(section, input) || input.completed.includes(section) ? 'in-progress' : 'not-started';
}

/** The whole application: every section completed, or an error at each section that is not (the task list's links). */
export function checkApplication(input: ApplyInput, language: Locale, kind: 'new' | 'extension'): Validation<ApplicationSubmit> {
  const missing = SECTIONS.filter((section) => statusOf(section, input, language) !== 'completed');
  if (missing.length > 0) {
    return { ok: false, errors: Object.fromEntries(missing.map((section) => [`sections.${section}`, E.sectionIncomplete])) };
  }
  const sections = Object.fromEntries(
    SECTIONS.map((section) => {
      const checked = checkSection(section, input, language);
      return [section, checked.ok ? checked.value : undefined];
    }),
  ) as ApplicationSubmit['sections'];
  return { ok: true, request: { kind, sections } };
}

/** A saved draft read back over the empty application: what has the right shape is kept, the rest left empty. */
export function restoreInput(draft: Record<string, unknown>): Restored<ApplyInput> {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  const group = <K extends string>(keys: readonly K[], value: unknown): Record<K, string> => {
    const source = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    return Object.fromEntries(keys.map((key) => [key, text(source[key])])) as Record<K, string>;
  };
  const obj = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
  const business = obj(draft['business']);
  const plan = obj(draft['plan']);
  const profitability = obj(draft['profitability']);
  const financing = obj(draft['financing']);
  const earlier = obj(draft['earlier']);
  const ids = obj(draft['attachments'])['attachmentIds'];
  const completed = Array.isArray(draft['completed']) ? draft['completed'] : [];
  const values: ApplyInput = {
    business: group(['name', 'businessId', 'form', 'field', 'startDate', 'workingTime'], business),
    plan: group(['idea', 'customers', 'competence'], plan),
    profitability: { sales: text(profitability['sales']), costs: group(COST_KINDS, profitability['costs']) },
    financing: {
      investments: group(INVESTMENT_KINDS, financing['investments']),
      financing: group(FINANCING_KINDS, financing['financing']),
    },
    earlier: {
      hasEarlier: ['yes', 'no'].includes(text(earlier['hasEarlier'])) ? text(earlier['hasEarlier']) : '',
      description: text(earlier['description']),
    },
    attachments: { attachmentIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [] },
    completed: SECTIONS.filter((section) => completed.includes(section)),
  };
  const restored = SECTIONS.some((section) => touched(section, values)) || values.completed.length > 0;
  return { values, restored };
}

/** The order the error summary lists a section's fields in, and the sections' own errors. */
export const FIELD_ORDER: readonly string[] = [
  ...SECTIONS.map((section) => `sections.${section}`),
  ...['name', 'businessId', 'form', 'field', 'startDate', 'workingTime'].map((f) => `sections.business.${f}`),
  ...['idea', 'customers', 'competence'].map((f) => `sections.plan.${f}`),
  'sections.profitability.sales',
  ...COST_KINDS.map((k) => `sections.profitability.costs.${k}`),
  ...INVESTMENT_KINDS.map((k) => `sections.financing.investments.${k}`),
  ...FINANCING_KINDS.map((k) => `sections.financing.financing.${k}`),
  'sections.financing.total',
  'sections.earlier.hasEarlier',
  'sections.earlier.description',
  'sections.attachments.attachmentIds',
];
