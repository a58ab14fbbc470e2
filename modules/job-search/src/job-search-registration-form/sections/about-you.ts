import { html, nothing, type TemplateResult } from 'lit';
import { BENEFIT_STATUSES, OTHER_FUND } from '@portal/shared-contracts/job-search';
import { legend, radioGroup, selectField, textArea, textField } from '@portal/ui-kit/form';
import { followInternalLink } from '@portal/ui-kit/page';
import { GOALS_MAX_LENGTH } from '../registration-model.js';
import type { RegistrationUi } from './registration-ui.js';

// The registration's single questions: the person's situation, how to reach them, their goals and
// unemployment benefit.

export function situationSection(ui: RegistrationUi): TemplateResult {
  return radioGroup({
    ...ui.field('statusCode'),
    legend: ui.t('situationHeading'),
    legendAs: 'heading',
    hint: ui.t('situationHint'),
    value: ui.values.statusCode,
    options: ui.reference.statuses.map((status) => ({ value: status.code, label: status.label[ui.language] })),
    onChange: (value) => ui.set('statusCode', value),
  });
}

export function contactSection(ui: RegistrationUi): TemplateResult {
  return html`<fieldset class="section" id="contact">
    ${legend(ui.t('contactHeading'), 'heading')}
    ${textField({
      ...ui.field('phone'),
      label: ui.t('phone'),
      hint: ui.t('phoneHint'),
      value: ui.values.phone,
      type: 'tel',
      autocomplete: 'tel',
      inputmode: 'tel',
      width: 'medium',
      onInput: (value) => ui.set('phone', value),
    })}
    ${textField({
      ...ui.field('email'),
      label: ui.t('email'),
      value: ui.values.email,
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      spellcheck: false,
      optional: true,
      onInput: (value) => ui.set('email', value),
    })}
    <p class="hint">${ui.t('addressNote')} <a href="/profile/change" @click=${followInternalLink}>${ui.t('addressLink')}</a>.</p>
  </fieldset>`;
}

export function goalsSection(ui: RegistrationUi): TemplateResult {
  return html`<fieldset class="section">
    ${legend(ui.t('goalsHeading'), 'heading')}
    ${textArea({
      ...ui.field('goals'),
      label: ui.t('goals'),
      hint: ui.t('goalsHint'),
      value: ui.values.goals,
      maxLength: GOALS_MAX_LENGTH,
      optional: true,
      onInput: ui.countedInput(GOALS_MAX_LENGTH, (value) => ui.set('goals', value)),
    })}
  </fieldset>`;
}

export function benefitSection(ui: RegistrationUi): TemplateResult {
  const language = ui.language;
  return radioGroup({
    ...ui.field('benefit.status'),
    legend: ui.t('benefitHeading'),
    legendAs: 'heading',
    hint: ui.t('benefitHint'),
    value: ui.values.benefitStatus,
    options: BENEFIT_STATUSES.map((status) => ({ value: status, label: ui.t(`benefit.${status}`) })),
    onChange: (value) => ui.set('benefitStatus', value),
    // The payer is asked only of someone who applies for or receives benefit.
    conditional: (value) =>
      value === 'none'
        ? nothing
        : html`<div class="conditional">
            ${selectField({
              ...ui.field('benefit.payerId'),
              label: ui.t('payer'),
              hint: ui.t('payerHint'),
              value: ui.values.payerId,
              placeholder: ui.t('payerChoose'),
              options: [
                ...ui.reference.payers.map((payer) => ({ value: payer.id, label: payer.name[language] })),
                // A fund the list does not name (a new one, a merger): chosen as "other", named below.
                { value: OTHER_FUND, label: ui.t('payerOther') },
              ],
              onChange: (payerId) => ui.set('payerId', payerId),
            })}
            ${
              ui.values.payerId === OTHER_FUND
                ? textField({
                    ...ui.field('benefit.otherFundName'),
                    label: ui.t('otherFund'),
                    hint: ui.t('otherFundHint'),
                    value: ui.values.otherFundName,
                    onInput: (value) => ui.set('otherFundName', value),
                  })
                : nothing
            }
          </div>`,
  });
}
