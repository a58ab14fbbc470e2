import { html, nothing, type TemplateResult } from 'lit';
import { WORK_TIMES } from '@portal/shared-contracts/job-search';
import { checkboxGroup, fieldError, legend, radioGroup, textField } from '@portal/ui-kit/form';
import type { RegistrationUi } from './registration-ui.js';

// The work the person seeks: occupations (a list of one to five), the municipalities and the
// working time.

function occupations(ui: RegistrationUi): TemplateResult {
  const error = ui.error('soughtWork.occupations');
  const values = ui.values.occupations;
  return html`<fieldset
    class="occupations ${error ? 'has-error' : ''}"
    id="soughtWork-occupations"
    aria-describedby="soughtWork-occupations-hint${error ? ' soughtWork-occupations-error' : ''}"
  >
    ${legend(ui.t('occupationsLegend'))}
    <p class="hint" id="soughtWork-occupations-hint">${ui.t('occupationsHint')}</p>
    ${fieldError('soughtWork-occupations', error, ui.language)}
    ${values.map(
      (occupation, i) => html`<div class="repeat-row">
        ${textField({
          ...ui.field(`soughtWork.occupations.${i}`),
          label: ui.t('occupation', { n: i + 1 }),
          value: occupation,
          onInput: (value) => ui.setOccupation(i, value),
        })}
        ${values.length > 1 ? ui.removeButton('soughtWork.occupations', i, 'occupationRemove') : nothing}
      </div>`,
    )}
    ${ui.addButton('soughtWork.occupations', 'occupationAdd')}
  </fieldset>`;
}

export function soughtWorkSection(ui: RegistrationUi): TemplateResult {
  const language = ui.language;
  return html`<fieldset class="section" id="soughtWork">
    ${legend(ui.t('soughtHeading'), 'heading')} ${occupations(ui)}
    ${checkboxGroup({
      ...ui.field('soughtWork.regions'),
      legend: ui.t('regionsLegend'),
      hint: ui.t('regionsHint'),
      error: ui.groupError('soughtWork.regions'),
      values: ui.values.regions,
      columns: true,
      options: ui.reference.municipalities.map((m) => ({ value: m.code, label: m.name[language] })),
      onChange: (regions) => ui.set('regions', regions),
    })}
    ${radioGroup({
      ...ui.field('soughtWork.workTime'),
      legend: ui.t('workTimeLegend'),
      value: ui.values.workTime,
      options: WORK_TIMES.map((time) => ({ value: time, label: ui.t(`workTime.${time}`) })),
      onChange: (value) => ui.set('workTime', value),
    })}
  </fieldset>`;
}
