import { html, nothing, type TemplateResult } from 'lit';
import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';
import { countryName } from '@portal/shared-contracts/countries';
import { MAX_PLACES, WORK_TIMES, type ReferenceData } from '@portal/shared-contracts/job-search';
import { checkbox, fieldError, hintText, legend, picker, radioGroup, textField, type Option } from '@portal/ui-kit/form';
import type { RegistrationUi } from './registration-ui.js';

// The work the person seeks: occupations (a list of one to five), where (municipalities, anywhere
// in Finland, abroad in any or chosen countries) and the working time. The municipalities (308) and
// countries (248) come from the reference data and are chosen with the kit's searchable picker; the
// countries' names are the browser's own (Intl), so only their codes travel.

/** Options sorted as the language sorts (Åbo among the Å's in Swedish), made once per language and list. */
function sortedOptions(make: () => Option[], locale: Locale): Option[] {
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return make().sort((a, b) => collator.compare(a.label, b.label));
}

const memo = new WeakMap<ReferenceData, Partial<Record<`${'m' | 'c'}-${Locale}`, Option[]>>>();

export function municipalityOptions(reference: ReferenceData, locale: Locale): Option[] {
  const entry = memo.get(reference) ?? {};
  memo.set(reference, entry);
  return (entry[`m-${locale}`] ??= sortedOptions(
    () => reference.municipalities.map((m) => ({ value: m.code, label: m.name[locale] })),
    locale,
  ));
}

export function countryOptionsOf(reference: ReferenceData, locale: Locale): Option[] {
  const entry = memo.get(reference) ?? {};
  memo.set(reference, entry);
  return (entry[`c-${locale}`] ??= sortedOptions(
    () => reference.countries.map((code) => ({ value: code, label: countryName(code, locale) })),
    locale,
  ));
}

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

/** Where: municipalities, anywhere in Finland, abroad. The municipalities' picker answers for the group. */
function where(ui: RegistrationUi): TemplateResult {
  const { values, language } = ui;
  return html`<fieldset class="where" aria-describedby="soughtWork-where-hint">
    ${legend(ui.t('regionsLegend'), 'small')} ${hintText('soughtWork-where', ui.t('regionsHint'))}
    ${picker({
      ...ui.field('soughtWork.regions'),
      error: ui.groupError('soughtWork.regions'),
      label: ui.t('municipalities'),
      hint: ui.t('municipalitiesHint'),
      options: municipalityOptions(ui.reference, language),
      values: values.regions,
      multiple: true,
      max: MAX_PLACES,
      state: ui.pickers.municipalities,
      onChange: (regions) => ui.set('regions', regions),
    })}
    ${checkbox({
      path: 'soughtWork.anywhereInFinland',
      label: ui.t('anywhereInFinland'),
      checked: values.anywhereInFinland,
      onChange: (checked) => ui.set('anywhereInFinland', checked),
    })}
    ${checkbox({ path: 'soughtWork.abroad', label: ui.t('abroad'), checked: values.abroad, onChange: (checked) => ui.set('abroad', checked) })}
    ${
      values.abroad
        ? html`<div class="conditional">
          ${checkbox({
            path: 'soughtWork.abroad.anyCountry',
            label: ui.t('abroadAny'),
            checked: values.anyCountry,
            onChange: (checked) => ui.set('anyCountry', checked),
          })}
          ${
            values.anyCountry
              ? nothing
              : picker({
                  ...ui.field('soughtWork.abroad.countries'),
                  error: ui.groupError('soughtWork.abroad.countries'),
                  label: ui.t('countries'),
                  hint: ui.t('countriesHint'),
                  options: countryOptionsOf(ui.reference, language),
                  values: values.countries,
                  multiple: true,
                  max: MAX_PLACES,
                  state: ui.pickers.countries,
                  onChange: (countries) => ui.set('countries', countries),
                })
          }
        </div>`
        : nothing
    }
  </fieldset>`;
}

export function soughtWorkSection(ui: RegistrationUi): TemplateResult {
  return html`<fieldset class="section" id="soughtWork">
    ${legend(ui.t('soughtHeading'), 'heading')} ${occupations(ui)} ${where(ui)}
    ${radioGroup({
      ...ui.field('soughtWork.workTime'),
      legend: ui.t('workTimeLegend'),
      value: ui.values.workTime,
      options: WORK_TIMES.map((time) => ({ value: time, label: ui.t(`workTime.${time}`) })),
      onChange: (value) => ui.set('workTime', value),
    })}
  </fieldset>`;
}
