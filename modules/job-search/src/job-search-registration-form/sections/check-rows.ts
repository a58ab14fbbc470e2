import { html, type TemplateResult } from 'lit';
import { helsinkiToday } from '@portal/ui-kit/page';
import { multiline, type SummaryRow } from '@portal/ui-kit/form';
import { countryName } from '@portal/shared-contracts/countries';
import { OTHER_FUND, type ReferenceData } from '@portal/shared-contracts/job-search';
import type { MessageKey } from '../job-search-registration-form.messages.js';
import type { RegistrationValues } from '../registration-model.js';
import type { RegistrationUi } from './registration-ui.js';

// Check your answers: every answer of the registration in words, each with its Change link.

const monthText = (month: string, year: string): string => `${Number(month)}/${year.trim()}`;

/** Nothing, one item as it is, or several as a list. */
function list(items: readonly string[], none: string): TemplateResult | string {
  return items.length === 0 ? none : items.length === 1 ? (items[0] ?? '') : html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

function benefitText(ui: RegistrationUi, values: RegistrationValues, reference: ReferenceData): string {
  const payer =
    values.payerId === OTHER_FUND ? values.otherFundName.trim() : reference.payers.find((p) => p.id === values.payerId)?.name[ui.language];
  const status = ui.t(`benefit.${values.benefitStatus}` as MessageKey);
  return values.benefitStatus === 'none' || !payer ? status : `${status}: ${payer}`;
}

/** Where, as the form keeps it. */
type Where = Pick<RegistrationValues, 'regions' | 'anywhereInFinland' | 'abroad' | 'anyCountry' | 'countries'>;

/** Where work is sought, in words: the municipalities, anywhere in Finland, abroad (and where). */
export function placeNames(ui: Pick<RegistrationUi, 't' | 'reference' | 'language'>, where: Where): string[] {
  const { reference, language } = ui;
  const places = where.regions.map((code) => reference.municipalities.find((m) => m.code === code)?.name[language] ?? code);
  if (where.anywhereInFinland) places.push(ui.t('placeAnywhere'));
  if (where.abroad) {
    places.push(
      where.anyCountry
        ? ui.t('placeAbroadAny')
        : ui.t('placeAbroad', { countries: where.countries.map((code) => countryName(code, language)).join(', ') }),
    );
  }
  return places;
}

/** The rows of the check step; `change` gives a row's Change link (none on a receipt). */
export function checkRows(ui: RegistrationUi, change: (path: string) => (() => void) | undefined): SummaryRow[] {
  const { values, reference, language } = ui;
  const none = ui.t('none');
  const status = reference.statuses.find((s) => s.code === values.statusCode);
  const education = values.education.map((e) =>
    [ui.t(`level.${e.level}` as MessageKey), e.field.trim(), e.institution.trim(), e.year.trim()].filter(Boolean).join(', '),
  );
  const work = values.workHistory.map((w) => {
    const end = w.current ? ui.t('workStillWorking') : monthText(w.endMonth, w.endYear);
    return `${w.title.trim()}, ${w.employer.trim()}, ${monthText(w.startMonth, w.startYear)}–${end}`;
  });
  return [
    { key: ui.t('rowStart'), value: ui.t('today', { date: ui.date(helsinkiToday()) }) },
    { key: ui.t('rowSituation'), value: status?.label[language] ?? none, onChange: change('statusCode') },
    { key: ui.t('rowPhone'), value: values.phone.trim(), onChange: change('phone') },
    { key: ui.t('rowEmail'), value: values.email.trim() || none, onChange: change('email') },
    { key: ui.t('rowEducation'), value: list(education, none), onChange: change('education') },
    { key: ui.t('rowWork'), value: list(work, none), onChange: change('workHistory') },
    {
      key: ui.t('rowOccupations'),
      value: list(
        values.occupations.map((o) => o.trim()),
        none,
      ),
      onChange: change('soughtWork.occupations'),
    },
    { key: ui.t('rowRegions'), value: list(placeNames(ui, values), none), onChange: change('soughtWork.regions') },
    { key: ui.t('rowWorkTime'), value: ui.t(`workTime.${values.workTime}` as MessageKey), onChange: change('soughtWork.workTime') },
    { key: ui.t('rowGoals'), value: multiline(values.goals, none), onChange: change('goals') },
    { key: ui.t('rowBenefit'), value: benefitText(ui, values, reference), onChange: change('benefit.status') },
  ];
}
