// How the shell reports a module's error. Part of the small chunk loaded before the first module
// (watch.ts); the code that cleans, deduplicates and sends (report.ts) is fetched only when there is
// something to report, so pages where every module works never download it.
import type { ClientErrorKind } from '@portal/shared-contracts';

export interface PendingReport {
  readonly area: string;
  /** The module version the registry named when the page loaded it. */
  readonly version: string;
  readonly kind: ClientErrorKind;
  /** What was thrown; described by report.ts. */
  readonly error?: unknown;
  /** A message of the caller's own, instead of the error's. */
  readonly message?: string;
}

/** Reports in the background; never throws. */
export type ReportFn = (report: PendingReport) => void;

/** Never throws and never rejects, whatever fails on the way (the download of report.ts included). */
export const reportLater: ReportFn = (report) => {
  import('./report.js').then(({ pageReporter }) => pageReporter.report(report)).catch(() => undefined);
};
