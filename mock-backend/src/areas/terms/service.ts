// The rules of the terms of use: which version is in effect on a day, which are upcoming, which
// version a person is asked to acknowledge, and what a new version may be.
import { API_ERROR_CODES } from '@portal/shared-contracts';
import type {
  TermsAcknowledgement,
  TermsAcknowledgementStatus,
  TermsList,
  TermsVersion,
  TermsVersionCreate,
  TermsVersionSummary,
} from '@portal/shared-contracts/terms';
import { addDays, helsinkiDate } from '../../platform/calendar.js';
import { httpError } from '../../platform/errors.js';
import type { Database } from '../../storage/storage.js';
import {
  acknowledge,
  acknowledgementsOf,
  findAcknowledgement,
  findVersion,
  insertVersion,
  listVersions,
  type TermsAcknowledgementRow,
  type TermsVersionRow,
} from './store.js';

type VersionInfo = Pick<TermsVersionRow, 'version' | 'effectiveFrom' | 'summary'>;

/** Each version (earliest first) with the day before the next one takes effect (null for the last). */
export function withEnds(rows: readonly VersionInfo[]): TermsVersionSummary[] {
  return rows.map((row, i) => {
    const next = rows[i + 1];
    return {
      version: row.version,
      effectiveFrom: row.effectiveFrom,
      effectiveUntil: next ? addDays(next.effectiveFrom, -1) : null,
      summary: row.summary,
    };
  });
}

/**
 * The versions seen from `today` (a Helsinki day): in effect, the one with the latest day not after
 * today; upcoming, the later ones (soonest first); earlier, the ones before (newest first).
 */
export function classify(rows: readonly VersionInfo[], today: string): TermsList {
  const sorted = withEnds([...rows].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)));
  const started = sorted.filter((row) => row.effectiveFrom <= today);
  const current = started.at(-1) ?? null;
  return {
    current,
    upcoming: sorted.filter((row) => row.effectiveFrom > today),
    earlier: started.slice(0, -1).reverse(),
  };
}

export async function termsList(db: Database, now: Date): Promise<TermsList> {
  return classify(await listVersions(db), helsinkiDate(now));
}

/** One version with its text, or a 404. */
export async function termsVersion(db: Database, version: string, now: Date): Promise<TermsVersion> {
  const row = await findVersion(db, version);
  if (!row) throw httpError(404, API_ERROR_CODES.notFound, `No terms of use version "${version}".`);
  const list = await termsList(db, now);
  const status = list.current?.version === version ? 'current' : list.upcoming.some((v) => v.version === version) ? 'upcoming' : 'earlier';
  const summary = [list.current, ...list.upcoming, ...list.earlier].find((v) => v?.version === version);
  if (!summary) throw new Error(`The version ${version} was found but not listed.`);
  return { ...summary, status, text: row.text };
}

/**
 * The version a signed-in person is asked to acknowledge: the soonest upcoming one (announced before
 * it takes effect), else the one in effect. The front page announces only an upcoming one.
 */
export function versionToAcknowledge(list: TermsList): TermsVersionSummary | null {
  return list.upcoming[0] ?? list.current;
}

export async function acknowledgementStatus(db: Database, personId: string, now: Date): Promise<TermsAcknowledgementStatus> {
  const version = versionToAcknowledge(await termsList(db, now));
  if (!version) return { version: null, acknowledgedAt: null };
  const row = await findAcknowledgement(db, personId, version.version);
  return { version, acknowledgedAt: row ? row.acknowledgedAt.toISOString() : null };
}

export function toAcknowledgement(row: TermsAcknowledgementRow): TermsAcknowledgement {
  return { version: row.version, acknowledgedAt: row.acknowledgedAt.toISOString() };
}

/**
 * Records that the person has read of `version`. Only the version in effect or an upcoming one: an
 * earlier version is no longer anything to agree to (409), an unknown one is a 404.
 */
export async function acknowledgeVersion(
  db: Database,
  personId: string,
  version: string,
  now: Date,
): Promise<{ created: boolean; acknowledgement: TermsAcknowledgement }> {
  const list = await termsList(db, now);
  if (list.earlier.some((v) => v.version === version)) {
    throw httpError(409, API_ERROR_CODES.conflict, `The terms of use version "${version}" is no longer in effect.`);
  }
  if (list.current?.version !== version && !list.upcoming.some((v) => v.version === version)) {
    throw httpError(404, API_ERROR_CODES.notFound, `No terms of use version "${version}".`);
  }
  const { created, row } = await acknowledge(db, personId, version, now);
  return { created, acknowledgement: toAcknowledgement(row) };
}

/**
 * A new version takes effect after today, as the terms promise changes are announced before they
 * take effect; its name and its day are its own (409 otherwise).
 */
export async function addVersion(db: Database, request: TermsVersionCreate, now: Date): Promise<TermsVersionSummary> {
  const today = helsinkiDate(now);
  if (request.effectiveFrom <= today) {
    throw httpError(
      409,
      API_ERROR_CODES.conflict,
      `A new version must take effect after today (${today}), so that it can be announced first.`,
      [{ path: 'effectiveFrom', message: 'effective-from.not-in-future' }],
    );
  }
  const row = await insertVersion(db, request);
  if (!row) {
    throw httpError(
      409,
      API_ERROR_CODES.conflict,
      `A version named "${request.version}" or taking effect on ${request.effectiveFrom} exists already.`,
    );
  }
  const summary = classify(await listVersions(db), today).upcoming.find((v) => v.version === row.version);
  if (!summary) throw new Error(`The new version ${row.version} is not upcoming.`);
  return summary;
}

/** For the JSON download of own data: each acknowledged version, the day it takes effect, and when. */
export async function termsAcknowledgementsExport(
  db: Database,
  personId: string,
): Promise<{ readonly version: string; readonly effectiveFrom: string | null; readonly acknowledgedAt: string }[]> {
  const [rows, versions] = await Promise.all([acknowledgementsOf(db, personId), listVersions(db)]);
  const days = new Map(versions.map((version) => [version.version, version.effectiveFrom]));
  return rows.map((row) => ({
    version: row.version,
    effectiveFrom: days.get(row.version) ?? null,
    acknowledgedAt: row.acknowledgedAt.toISOString(),
  }));
}
