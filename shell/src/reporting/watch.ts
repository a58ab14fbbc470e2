// What watches loaded modules, in one small chunk fetched just before the first module loads
// (routing/applications.ts), and only then: the signed-out front page loads no module. The sending
// itself (report.ts) comes only with the first failure.
import type { RegistryEntry } from '@portal/shared-contracts';
import { reportLater, type ReportFn } from './report-later.js';
import { watchModuleErrors } from './runtime-errors.js';
import { watchSharedMismatches } from './shared-mismatch.js';

/** Starts watching every module of the registry; returns how the shell reports load and mount failures. */
export function watchModules(entries: readonly RegistryEntry[]): ReportFn {
  watchSharedMismatches(entries);
  watchModuleErrors(entries);
  return reportLater;
}
