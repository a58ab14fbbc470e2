// The person's own data as a file (GET /api/profile/export): the right of access (GDPR art. 15) in
// a machine-readable form. Everything held on the person — the profile, every change report with
// what was reported, the drafts — except what an address block keeps from everyone, the person too.
import { Router } from 'express';
import { PROFILE_EXPORT_PATH, ProfileSchema, parseOrThrow, type Profile } from '@portal/shared-contracts';
import { helsinkiDate } from '../calendar.js';
import type { Clock } from '../clock.js';
import { listDrafts } from '../db/drafts.js';
import type { Person } from '../db/persons.js';
import { applyDueChanges, changeStatus, listChanges, type ProfileChangeRow } from '../db/profile-changes.js';
import type { ProfileChangeFields } from '../db/schema.js';
import type { Database } from '../db/storage.js';
import { requirePerson } from '../http/session.js';
import { toProfile } from './profile.js';

/** Names the file's layout, so a reader of an old file knows which layout it has. */
export const EXPORT_FORMAT = 'tyomarkkinatori-omat-tiedot';
export const EXPORT_VERSION = 1;

/**
 * What stands in a change report for a reported address under an address block. A marker rather
 * than leaving the field out, so the file still shows that an address was reported, and why it is
 * not there.
 */
export const ADDRESS_HIDDEN = 'hidden (address block)';

type ExportedChanges = Omit<ProfileChangeFields, 'address'> & { address?: ProfileChangeFields['address'] | typeof ADDRESS_HIDDEN };

export interface ProfileExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exportedAt: string;
  readonly person: Profile;
  readonly changeReports: readonly {
    readonly id: string;
    readonly receivedAt: string;
    readonly effectiveDate: string;
    readonly status: 'applied' | 'pending';
    readonly changes: ExportedChanges;
  }[];
  readonly drafts: readonly { readonly key: string; readonly savedAt: string; readonly data: Record<string, unknown> }[];
}

/** The router is mounted at /api; the contract names the full path. */
const ROUTE = PROFILE_EXPORT_PATH.replace(/^\/api(?=\/)/, '');

function exportedChanges(change: ProfileChangeRow, person: Person): ExportedChanges {
  const { address, ...rest } = change.changes;
  if (address === undefined) return rest;
  // Decided by the block as it stands now, whenever the address was reported: the file may be
  // opened, forwarded or left on a shared computer, like any other answer of this backend.
  return { ...rest, address: person.addressProtected ? ADDRESS_HIDDEN : address };
}

export async function profileExport(db: Database, person: Person, now: Date): Promise<ProfileExport> {
  const [changes, drafts] = await Promise.all([listChanges(db, person.id), listDrafts(db, person.id)]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    // Exactly what GET /api/profile gives: toProfile already leaves out a blocked address and home
    // municipality, and the schema drops anything that is not in the contract.
    person: parseOrThrow(ProfileSchema, await toProfile(db, person), `GET ${PROFILE_EXPORT_PATH}`),
    // Only the record of what the person reported: the idempotency key and person id are plumbing.
    changeReports: changes.map((change) => ({
      id: change.id,
      receivedAt: change.receivedAt.toISOString(),
      effectiveDate: change.effectiveDate,
      status: changeStatus(change),
      changes: exportedChanges(change, person),
    })),
    // As stored, as GET /api/drafts/:key gives them back: what the person's own browser saved.
    drafts: drafts.map((draft) => ({ key: draft.key, savedAt: draft.savedAt.toISOString(), data: draft.data })),
  };
}

export function profileExportRouter(db: Database, clock: Clock): Router {
  const router = Router();

  router.get(ROUTE, async (req, res) => {
    const now = clock();
    // Due changes first, as every profile read does, so the profile and the statuses agree with
    // what the person sees in the portal at the same moment.
    const person = await applyDueChanges(db, requirePerson(req), now);
    const body = await profileExport(db, person, now);
    res.set({
      'Content-Type': 'application/json; charset=utf-8',
      // The person's calendar day, not UTC's: an export just after midnight in Finland is dated that day.
      'Content-Disposition': `attachment; filename="omat-tiedot-${helsinkiDate(now)}.json"`,
      // Personal data: no browser or proxy cache may keep a copy.
      'Cache-Control': 'no-store',
    });
    // Pretty-printed: the file is meant to be opened and read by the person too, not only parsed.
    res.send(`${JSON.stringify(body, null, 2)}\n`);
  });

  return router;
}
