import { html, nothing, type TemplateResult } from 'lit';
import { EDUCATION_LEVELS } from '@portal/shared-contracts/job-search';
import { checkbox, fieldError, legend, monthYearField, selectField, textField } from '@portal/ui-kit/form';
import type { EducationValues, WorkValues } from '../registration-model.js';
import type { RegistrationUi } from './registration-ui.js';

// The person's background: educations and jobs, each a list of entries to add and remove.

const LIST_WORDS = {
  education: { heading: 'educationHeading', hint: 'educationHint', none: 'educationNone' },
  workHistory: { heading: 'workHeading', hint: 'workHint', none: 'workNone' },
} as const;

/** A list's fieldset: heading, hint, the list's own error, "none yet", the entries and the add button. */
function listSection(
  ui: RegistrationUi,
  list: keyof typeof LIST_WORDS,
  entries: readonly TemplateResult[],
  add: TemplateResult | typeof nothing,
): TemplateResult {
  const words = LIST_WORDS[list];
  return html`<fieldset class="section" id=${list} aria-describedby=${ui.error(list) ? `${list}-error` : nothing}>
    ${legend(ui.t(words.heading), 'heading')}
    <p class="hint">${ui.t(words.hint)}</p>
    ${fieldError(list, ui.error(list), ui.language)} ${entries.length === 0 ? html`<p>${ui.t(words.none)}</p>` : nothing} ${entries} ${add}
  </fieldset>`;
}

function educationEntry(ui: RegistrationUi, entry: EducationValues, i: number): TemplateResult {
  const at = (name: keyof EducationValues) => ui.field(`education.${i}.${name}`);
  return html`<fieldset class="entry" id="education-${i}">
    <legend>${ui.t('educationEntry', { n: i + 1 })}</legend>
    ${selectField({
      ...at('level'),
      label: ui.t('educationLevel'),
      value: entry.level,
      placeholder: ui.t('educationLevelChoose'),
      options: EDUCATION_LEVELS.map((level) => ({ value: level, label: ui.t(`level.${level}`) })),
      onChange: (value) => ui.setEducation(i, { level: value }),
    })}
    ${textField({
      ...at('field'),
      label: ui.t('educationField'),
      hint: ui.t('educationFieldHint'),
      value: entry.field,
      onInput: (value) => ui.setEducation(i, { field: value }),
    })}
    ${textField({
      ...at('institution'),
      label: ui.t('educationInstitution'),
      value: entry.institution,
      optional: true,
      onInput: (value) => ui.setEducation(i, { institution: value }),
    })}
    ${textField({
      ...at('year'),
      label: ui.t('educationYear'),
      hint: ui.t('educationYearHint'),
      value: entry.year,
      inputmode: 'numeric',
      width: 'chars-4',
      optional: true,
      onInput: (value) => ui.setEducation(i, { year: value }),
    })}
    <p class="entry-actions">${ui.removeButton('education', i, 'educationRemove')}</p>
  </fieldset>`;
}

export function educationSection(ui: RegistrationUi): TemplateResult {
  const entries = ui.values.education.map((entry, i) => educationEntry(ui, entry, i));
  return listSection(
    ui,
    'education',
    entries,
    ui.addButton('education', 'educationAdd', html`<p class="hint">${ui.t('educationMax')}</p>`),
  );
}

/** A job's start or end: a month and a year. */
function workMonth(ui: RegistrationUi, i: number, end: boolean, entry: WorkValues): TemplateResult {
  return monthYearField({
    ...ui.field(`workHistory.${i}.${end ? 'end' : 'start'}`),
    legend: ui.t(end ? 'workEnd' : 'workStart'),
    hint: ui.t('workMonthHint'),
    month: end ? entry.endMonth : entry.startMonth,
    year: end ? entry.endYear : entry.startYear,
    onMonth: (value) => ui.setWork(i, end ? { endMonth: value } : { startMonth: value }),
    onYear: (value) => ui.setWork(i, end ? { endYear: value } : { startYear: value }),
  });
}

function workEntry(ui: RegistrationUi, entry: WorkValues, i: number): TemplateResult {
  return html`<fieldset class="entry" id="workHistory-${i}">
    <legend>${ui.t('workEntry', { n: i + 1 })}</legend>
    ${textField({
      ...ui.field(`workHistory.${i}.employer`),
      label: ui.t('employer'),
      value: entry.employer,
      autocomplete: 'organization',
      onInput: (value) => ui.setWork(i, { employer: value }),
    })}
    ${textField({
      ...ui.field(`workHistory.${i}.title`),
      label: ui.t('jobTitle'),
      value: entry.title,
      autocomplete: 'organization-title',
      onInput: (value) => ui.setWork(i, { title: value }),
    })}
    ${workMonth(ui, i, false, entry)}
    ${checkbox({ path: `workHistory.${i}.current`, label: ui.t('workCurrent'), checked: entry.current, onChange: (checked) => ui.setWork(i, { current: checked }) })}
    ${entry.current ? nothing : workMonth(ui, i, true, entry)}
    <p class="entry-actions">${ui.removeButton('workHistory', i, 'workRemove')}</p>
  </fieldset>`;
}

export function workSection(ui: RegistrationUi): TemplateResult {
  const entries = ui.values.workHistory.map((entry, i) => workEntry(ui, entry, i));
  return listSection(ui, 'workHistory', entries, ui.addButton('workHistory', 'workAdd', html`<p class="hint">${ui.t('workMax')}</p>`));
}
