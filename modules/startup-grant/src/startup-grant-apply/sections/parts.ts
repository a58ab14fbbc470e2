import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import {
  BUSINESS_FORMS,
  COST_KINDS,
  FINANCING_KINDS,
  INVESTMENT_KINDS,
  PLAN_TEXT_MAX,
  WORKING_TIMES,
  type Section,
} from '@portal/shared-contracts/startup-grant';
import { dateField, fieldId, radioGroup, selectField, textArea, textField } from '@portal/ui-kit/form';
import { formatMoney } from '../../area.js';
import { sum, type ApplyInput } from '../application-model.js';
import type { MessageKey } from '../startup-grant-apply.messages.js';

// The fields of the application's parts, drawn into the form's own shadow root (the kit's controls
// work by id). The calculations show their totals, the result and the financing's balance as the
// person types, as money in their language; an amount not understood counts as nothing in the
// totals and has its own error once the part is checked.

/** What the parts are drawn with: the form's values, words and errors, and its way to keep a change. */
export interface PartsUi {
  readonly language: Locale;
  readonly input: ApplyInput;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  error(path: string): string | undefined;
  change<S extends Exclude<Section, 'attachments'>>(section: S, value: Partial<ApplyInput[S]>): void;
  countedInput(maxLength: number, keep: (value: string) => void): (value: string) => void;
}

export function businessPart(ui: PartsUi): TemplateResult {
  const b = ui.input.business;
  const p = 'sections.business';
  const locale = ui.language;
  return html`
    ${textField({ path: `${p}.name`, locale, label: ui.t('name'), value: b.name, error: ui.error(`${p}.name`), autocomplete: 'organization', onInput: (name) => ui.change('business', { name }) })}
    ${textField({ path: `${p}.businessId`, locale, label: ui.t('businessId'), hint: ui.t('businessIdHint'), optional: true, width: 'medium', value: b.businessId, error: ui.error(`${p}.businessId`), onInput: (businessId) => ui.change('business', { businessId }) })}
    ${selectField({
      path: `${p}.form`,
      locale,
      label: ui.t('form'),
      value: b.form,
      placeholder: '',
      options: BUSINESS_FORMS.map((form) => ({ value: form, label: ui.t(`form.${form}`) })),
      error: ui.error(`${p}.form`),
      onChange: (form) => ui.change('business', { form }),
    })}
    ${textField({ path: `${p}.field`, locale, label: ui.t('field'), hint: ui.t('fieldHint'), value: b.field, error: ui.error(`${p}.field`), onInput: (field) => ui.change('business', { field }) })}
    ${dateField({ path: `${p}.startDate`, locale, label: ui.t('startDate'), hint: ui.t('startDateHint'), value: b.startDate, error: ui.error(`${p}.startDate`), onInput: (startDate) => ui.change('business', { startDate }) })}
    ${radioGroup({
      path: `${p}.workingTime`,
      locale,
      legend: ui.t('workingTime'),
      value: b.workingTime,
      options: WORKING_TIMES.map((time) => ({ value: time, label: ui.t(`workingTime.${time}`) })),
      error: ui.error(`${p}.workingTime`),
      onChange: (workingTime) => ui.change('business', { workingTime }),
    })}
  `;
}

export function planPart(ui: PartsUi): TemplateResult {
  const plan = ui.input.plan;
  const area = (key: 'idea' | 'customers' | 'competence', hint?: string) =>
    textArea({
      path: `sections.plan.${key}`,
      locale: ui.language,
      label: ui.t(key),
      hint,
      value: plan[key],
      maxLength: PLAN_TEXT_MAX,
      rows: 5,
      spellcheck: true,
      error: ui.error(`sections.plan.${key}`),
      onInput: ui.countedInput(PLAN_TEXT_MAX, (value) => ui.change('plan', { [key]: value })),
    });
  return html`${area('idea', ui.t('ideaHint'))} ${area('customers')} ${area('competence')}`;
}

function amountField(ui: PartsUi, path: string, label: string, value: string, onInput: (value: string) => void): TemplateResult {
  return textField({
    path,
    locale: ui.language,
    label,
    value,
    width: 'medium',
    inputmode: 'decimal',
    error: ui.error(path),
    onInput,
  });
}

function money(ui: PartsUi, cents: number): string {
  return formatMoney(cents, ui.language);
}

export function profitabilityPart(ui: PartsUi): TemplateResult {
  const { sales, costs } = ui.input.profitability;
  const p = 'sections.profitability';
  const costsTotal = sum(costs, ui.language);
  // The result as typed so far: amounts not understood count as nothing, and have their own errors.
  const result = sum({ sales }, ui.language) - costsTotal;
  return html`<p class="intro">${ui.t('profitabilityIntro')} ${ui.t('amountHint')}</p>
    ${amountField(ui, `${p}.sales`, ui.t('sales'), sales, (value) => ui.change('profitability', { sales: value }))}
    <fieldset class="amounts">
      <legend>${ui.t('costsHeading')}</legend>
      ${COST_KINDS.map((kind) =>
        amountField(ui, `${p}.costs.${kind}`, ui.t(`cost.${kind}`), costs[kind], (value) =>
          ui.change('profitability', { costs: { ...ui.input.profitability.costs, [kind]: value } }),
        ),
      )}
    </fieldset>
    <dl class="totals" aria-live="polite">
      <div><dt>${ui.t('costsTotal')}</dt><dd class="costs-total">${money(ui, costsTotal)}</dd></div>
      <div><dt>${ui.t('result')}</dt><dd class="result ${result < 0 ? 'loss' : ''}">${money(ui, result)}</dd></div>
    </dl>`;
}

export function financingPart(ui: PartsUi): TemplateResult {
  const { investments, financing } = ui.input.financing;
  const p = 'sections.financing';
  const language = ui.language;
  const investmentsTotal = sum(investments, language);
  const financingTotal = sum(financing, language);
  const balance = financingTotal - investmentsTotal;
  const totalError = ui.error(`${p}.total`);
  return html`<p class="intro">${ui.t('financingIntro')} ${ui.t('amountHint')}</p>
    <fieldset class="amounts">
      <legend>${ui.t('investmentsHeading')}</legend>
      ${INVESTMENT_KINDS.map((kind) =>
        amountField(ui, `${p}.investments.${kind}`, ui.t(`investment.${kind}`), investments[kind], (value) =>
          ui.change('financing', { investments: { ...ui.input.financing.investments, [kind]: value } }),
        ),
      )}
    </fieldset>
    <fieldset class="amounts">
      <legend>${ui.t('financingHeading')}</legend>
      ${FINANCING_KINDS.map((kind) =>
        amountField(ui, `${p}.financing.${kind}`, ui.t(`financing.${kind}`), financing[kind], (value) =>
          ui.change('financing', { financing: { ...ui.input.financing.financing, [kind]: value } }),
        ),
      )}
    </fieldset>
    <div class="field ${totalError ? 'has-error' : ''}" id=${fieldId(`${p}.total`)} tabindex="-1">
      ${totalError ? html`<p class="field-error">${totalError}</p>` : nothing}
      <dl class="totals">
        <div><dt>${ui.t('investmentsTotal')}</dt><dd class="investments-total">${money(ui, investmentsTotal)}</dd></div>
        <div><dt>${ui.t('financingTotal')}</dt><dd class="financing-total">${money(ui, financingTotal)}</dd></div>
      </dl>
      <p class="balance ${balance === 0 ? 'balanced' : 'unbalanced'}" role="status">
        ${
          balance === 0
            ? ui.t('balanced')
            : balance < 0
              ? html`<strong>${ui.t('missing', { amount: money(ui, -balance) })}</strong>`
              : html`<strong>${ui.t('over', { amount: money(ui, balance) })}</strong>`
        }
      </p>
    </div>`;
}

export function earlierPart(ui: PartsUi): TemplateResult {
  const earlier = ui.input.earlier;
  const p = 'sections.earlier';
  return radioGroup({
    path: `${p}.hasEarlier`,
    locale: ui.language,
    legend: ui.t('hasEarlier'),
    value: earlier.hasEarlier,
    options: [
      { value: 'yes', label: ui.t('yes') },
      { value: 'no', label: ui.t('no') },
    ],
    error: ui.error(`${p}.hasEarlier`),
    onChange: (hasEarlier) => ui.change('earlier', { hasEarlier }),
    conditional: (value) =>
      value === 'yes'
        ? textArea({
            path: `${p}.description`,
            locale: ui.language,
            label: ui.t('description'),
            value: earlier.description,
            maxLength: PLAN_TEXT_MAX,
            rows: 4,
            error: ui.error(`${p}.description`),
            onInput: ui.countedInput(PLAN_TEXT_MAX, (description) => ui.change('earlier', { description })),
          })
        : nothing,
  });
}
