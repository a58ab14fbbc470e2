import type { JobOffer, OfferReport } from '@portal/shared-contracts/offers';
import { multiline, type SummaryRow } from '@portal/ui-kit/form';
import type { LocaleController } from '@portal/ui-kit/page';
import { outcomeLabel } from '../../offer-text.js';
import { ReportMode } from '../../report-mode.js';
import type { MessageKey } from '../offers-offer.messages.js';
import { KIND_PATH, OUTCOME_PATH, REASON_PATH, type ReportInput } from '../report-model.js';

// A report as summary rows: the check step's (with Change), the unsent input kept after a 409, and
// the receipt's (what was sent).

type Words = LocaleController<MessageKey>;

/** The offer a report is on, as the first row. */
export const offerRow = (job: JobOffer, i18n: Words): SummaryRow => ({
  key: i18n.t('rowOffer'),
  value: `${job.jobTitle[i18n.language]}, ${job.employer}`,
});

/** The input for a report in `mode`; `change(path)` gives a row's Change (none as kept text). */
export function inputRows(
  mode: ReportMode,
  input: ReportInput,
  i18n: Words,
  change: (path: string) => (() => void) | undefined,
): SummaryRow[] {
  if (mode === ReportMode.apply && input.choice !== '') {
    const rows: SummaryRow[] = [
      {
        key: i18n.t('rowReport'),
        value: i18n.t(input.choice === 'applied' ? 'choiceApplied' : 'choiceNotApplied'),
        onChange: change(KIND_PATH),
      },
    ];
    if (input.choice === 'not-applied')
      rows.push({ key: i18n.t('rowReason'), value: multiline(input.reason, '–'), onChange: change(REASON_PATH) });
    return rows;
  }
  if (mode === ReportMode.outcome && input.outcome !== '') {
    return [{ key: i18n.t('rowOutcome'), value: outcomeLabel(input.outcome, i18n.language), onChange: change(OUTCOME_PATH) }];
  }
  return [];
}

/** What was sent, for the receipt. */
export function sentRows(report: OfferReport, job: JobOffer, i18n: Words): SummaryRow[] {
  const rows: SummaryRow[] = [offerRow(job, i18n)];
  switch (report.kind) {
    case 'applied':
      rows.push({ key: i18n.t('rowReport'), value: i18n.t('choiceApplied') });
      break;
    case 'not-applied':
      rows.push(
        { key: i18n.t('rowReport'), value: i18n.t('choiceNotApplied') },
        { key: i18n.t('rowReason'), value: multiline(report.reason) },
      );
      break;
    default:
      rows.push({ key: i18n.t('rowOutcome'), value: outcomeLabel(report.outcome, i18n.language) });
  }
  return rows;
}
