import type { JobSearch } from '@portal/shared-contracts/job-search';
import type { TemplateResult } from 'lit';
import { FormNotice, textArea } from '@portal/ui-kit/form';
import { JobSearchFormElement } from './job-search-form-element.js';

/** A report's notices: a 409 may mean that job seeking ended meanwhile, which the form says in its own words. */
export const ReportNotice = { ...FormNotice, conflictEnded: 'conflictEnded' } as const;
export type ReportNotice = (typeof ReportNotice)[keyof typeof ReportNotice];

/** A report's own words: its notices, and the hint of its free text (the label is the area's). */
type ReportWords = typeof ReportNotice.conflict | typeof ReportNotice.conflictEnded | 'detailsHint';

/**
 * A report on valid job seeking (a change, its end): a form of the area whose 409 says either that
 * job seeking has ended meanwhile (`endedMeanwhile`) or that it changed otherwise, each in the
 * form's words (`conflictEnded`, `conflict`).
 */
export abstract class ReportFormElement<
  Values extends Record<string, unknown> & { details: string },
  Request,
  Key extends string,
> extends JobSearchFormElement<Values, Request, Key | ReportWords, ReportNotice> {
  /** True when the newest job seeking leaves nothing to report (ended, or its end reported). */
  protected abstract endedMeanwhile(latest: JobSearch): boolean;

  protected override conflictNotice(latest: JobSearch | undefined): ReportNotice {
    return latest !== undefined && this.endedMeanwhile(latest) ? ReportNotice.conflictEnded : ReportNotice.conflict;
  }

  /** The report's optional free text, `details`, with its character count said politely. */
  protected renderDetails(values: Values, maxLength: number): TemplateResult {
    return textArea({
      ...this.field('details'),
      label: this.t('details'),
      hint: this.t('detailsHint'),
      value: values.details,
      maxLength,
      rows: 4,
      optional: true,
      onInput: this.countedInput(maxLength, (value) => this.set('details', value)),
    });
  }

  protected override noticeText(shown: ReportNotice): string | undefined {
    return shown === ReportNotice.conflict || shown === ReportNotice.conflictEnded ? this.t(shown) : undefined;
  }
}
