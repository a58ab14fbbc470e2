// What the operators' page shows of each area: what serves it (legacy pages, module and version),
// who gets what (the rollout, and how the people signed in now are split by it), the latest changes
// and each module version's error reports per hour, read from the database every instance shares.
import { gt, sql } from 'drizzle-orm';
import type { LocalizedText } from '@portal/shared-contracts';
import type { Rollout } from '@portal/shared-contracts/registry-admin';
import { persons, sessions } from '../../storage/schema/index.js';
import type { Database } from '../../storage/storage.js';
import { readRegistry, servesModule } from '../registry/service.js';
import { listRegistryChanges, rollbackTarget, type RegistryChangeRow } from '../modules/versions-store.js';
import { hourOf, listClientErrorHours } from '../client-errors/store.js';

/** Hours the error chart covers, the current one last. */
export const CHART_HOURS = 24;
/** Changes shown per area, the latest first. */
export const CHANGES_SHOWN = 5;
const HOUR_MS = 60 * 60 * 1000;

export interface VersionErrors {
  readonly version: string;
  /** Reports per hour, oldest first; the last is the current hour. */
  readonly hours: readonly number[];
  readonly total: number;
  readonly current: boolean;
}

export interface AreaStatus {
  readonly area: string;
  readonly names: LocalizedText;
  /** The module's version, when the area has a module. */
  readonly version: string | null;
  /** The legacy pages' address, while the area still has them. */
  readonly legacyUrl: string | null;
  readonly rollout: Rollout;
  /** The people signed in now, by what the rollout gives each of them. */
  readonly signedIn: { readonly module: number; readonly legacy: number };
  /** The version a rollback would go back to, if there is one. */
  readonly rollbackTo: string | null;
  readonly changes: readonly RegistryChangeRow[];
  /** Versions with reports in the chart's hours, and the current version always. */
  readonly errors: readonly VersionErrors[];
}

export interface Overview {
  /** The first hour of the charts (UTC). */
  readonly since: Date;
  readonly areas: readonly AreaStatus[];
}

/** Everyone with a live citizen session now (an operator's session is not one). */
async function signedInNow(db: Database, now: Date): Promise<{ id: string; hetu: string | null }[]> {
  return db
    .selectDistinct({ id: persons.id, hetu: persons.hetu })
    .from(sessions)
    .innerJoin(persons, sql`${persons.id}::text = ${sessions.data}->>'personId'`)
    .where(gt(sessions.expiresAt, now));
}

export async function operatorsOverview(db: Database, now: Date): Promise<Overview> {
  const since = new Date(hourOf(now).getTime() - (CHART_HOURS - 1) * HOUR_MS);
  const [{ areas }, people, hours] = await Promise.all([readRegistry(db), signedInNow(db, now), listClientErrorHours(db, since)]);
  const statuses = await Promise.all(
    areas.map(async (area): Promise<AreaStatus> => {
      const changes = await listRegistryChanges(db, area.area);
      const version = area.implementation?.version ?? null;
      const onModule =
        area.implementation === null
          ? 0
          : people.filter((person) => area.legacy === null || servesModule(area.area, area.rollout, person)).length;
      const byVersion = new Map<string, number[]>();
      if (version !== null) byVersion.set(version, new Array<number>(CHART_HOURS).fill(0));
      for (const row of hours) {
        if (row.area !== area.area) continue;
        const slot = Math.round((row.hour.getTime() - since.getTime()) / HOUR_MS);
        if (slot < 0 || slot >= CHART_HOURS) continue;
        const series = byVersion.get(row.version) ?? new Array<number>(CHART_HOURS).fill(0);
        series[slot] = (series[slot] ?? 0) + row.count;
        byVersion.set(row.version, series);
      }
      return {
        area: area.area,
        names: area.names,
        version,
        legacyUrl: area.legacy?.url ?? null,
        rollout: area.rollout,
        signedIn: { module: onModule, legacy: people.length - onModule },
        rollbackTo: area.implementation ? (rollbackTarget(changes)?.version ?? null) : null,
        changes: changes.slice(-CHANGES_SHOWN).reverse(),
        errors: [...byVersion].map(([errorVersion, series]) => ({
          version: errorVersion,
          hours: series,
          total: series.reduce((sum, count) => sum + count, 0),
          current: errorVersion === version,
        })),
      };
    }),
  );
  return { since, areas: statuses };
}
