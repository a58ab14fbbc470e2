#!/usr/bin/env node
// `npm run registry -- …`: which implementation serves an area (its federated module or the legacy
// Oma asiointi pages) and for whom, through the backend's /admin-api/registry. Every change is
// recorded (who, when, from what to what) and `undo` takes the latest back. The shell follows on
// the next page load; nothing is built.
import { AdminRefusal, adminApi, adminSettings, DEFAULT_PORTAL_URL } from './admin-api.mjs';

const USAGE = `Usage:
  npm run registry                                      every area: its module, legacy pages and rollout
  npm run registry -- show <area>                       one area, with its history of changes
  npm run registry -- legacy <area> <path> | none       the area's legacy pages (e.g. /legacy/offers), or none
  npm run registry -- switch <area> legacy | module     everyone to the legacy pages, or everyone to the module
  npm run registry -- rollout <area> everyone | nobody | <n>% | <henkilötunnus>[,<henkilötunnus>…]
                                                        who gets the module (the rest get the legacy pages);
                                                        a percentage is stable per person
  npm run registry -- undo <area>                       undo the area's latest legacy or rollout change
  npm run registry -- maintenance                       every maintenance break
  npm run registry -- maintenance show <id>             one break, with its history of changes
  npm run registry -- maintenance schedule <area> | portal <start> <end> <fi> <sv> <en> [<announce hours>]
                                                        a break of one area or the whole portal; times in ISO
                                                        with an offset (2026-12-10T22:00+02:00), the message in
                                                        Finnish, Swedish and English; announced 48 h ahead unless said
  npm run registry -- maintenance change <id> <area> | portal <start> <end> <fi> <sv> <en> [<announce hours>]
  npm run registry -- maintenance cancel <id>           cancel a coming break, or end one going on now
  npm run registry -- maintenance undo <id>             undo the break's latest change
Environment: PORTAL_URL (${DEFAULT_PORTAL_URL}), ADMIN_TOKEN (the development token)`;

class Usage extends Error {}

function describeBreak(item) {
  const where = item.area === null ? 'whole portal' : item.area;
  const state = item.cancelled ? ' (cancelled)' : '';
  return `${where}: ${item.startsAt} → ${item.endsAt}, announced ${item.announceHours} h ahead${state}`;
}

function breakBody(words) {
  const [area, startsAt, endsAt, fi, sv, en, announce, ...extra] = words;
  if (!area || !startsAt || !endsAt || fi === undefined || sv === undefined || en === undefined || extra.length > 0) throw new Usage(USAGE);
  return {
    area: area === 'portal' ? null : area,
    startsAt,
    endsAt,
    message: { fi, sv, en },
    ...(announce === undefined ? {} : { announceHours: Number(announce) }),
  };
}

function printBreak(result) {
  console.log(`${result.id}  ${describeBreak(result)}`);
  if (result.change) console.log(`  ${result.change.action} by ${result.change.actor} at ${result.change.changedAt}`);
  console.log('Browsers follow on their next page load. Undo: npm run registry -- maintenance undo ' + result.id);
}

async function maintenance(settings, [command = 'list', id, ...rest]) {
  const needId = () => {
    if (!id) throw new Usage(USAGE);
    return encodeURIComponent(id);
  };
  switch (command) {
    case 'list': {
      const { breaks } = await adminApi(settings, 'GET', '/maintenance');
      if (breaks.length === 0) console.log('No maintenance breaks.');
      for (const item of breaks) console.log(`${item.id}  ${describeBreak(item)}`);
      return;
    }
    case 'show': {
      const item = await adminApi(settings, 'GET', `/maintenance/${needId()}`);
      console.log(`${item.id}  ${describeBreak(item)}`);
      for (const language of ['fi', 'sv', 'en']) console.log(`  ${language}: ${item.message[language]}`);
      console.log('  history (newest first):');
      for (const change of item.history) {
        const before = change.before ? describeBreak(change.before) : '–';
        console.log(
          `    ${change.changedAt}  ${change.actor.padEnd(12)} ${change.action.padEnd(9)} ${before} → ${describeBreak(change.after)}`,
        );
      }
      return;
    }
    case 'schedule':
      // The area is the first word here, not an id.
      printBreak(await adminApi(settings, 'POST', '/maintenance', breakBody([id, ...rest])));
      return;
    case 'change':
      printBreak(await adminApi(settings, 'PUT', `/maintenance/${needId()}`, breakBody(rest)));
      return;
    case 'cancel':
      printBreak(await adminApi(settings, 'POST', `/maintenance/${needId()}/cancel`));
      return;
    case 'undo':
      printBreak(await adminApi(settings, 'POST', `/maintenance/${needId()}/undo`));
      return;
    default:
      throw new Usage(USAGE);
  }
}

function describeRollout(rollout, legacy) {
  if (legacy === null) return 'module for everyone (no legacy pages)';
  switch (rollout.mode) {
    case 'everyone':
      return 'module for everyone';
    case 'nobody':
      return 'legacy pages for everyone';
    case 'percentage':
      return `module for ${rollout.percentage} % of persons (stable per person), legacy pages for the rest`;
    case 'persons':
      return `module for ${rollout.persons.join(', ')}; legacy pages for everyone else`;
    default:
      return JSON.stringify(rollout);
  }
}

function parseRollout(words) {
  const [value, ...rest] = words;
  if (value === undefined || rest.length > 0) throw new Usage(USAGE);
  if (value === 'everyone' || value === 'nobody') return { mode: value };
  const percentage = /^(\d{1,3})%$/.exec(value);
  if (percentage) return { mode: 'percentage', percentage: Number(percentage[1]) };
  return {
    mode: 'persons',
    persons: value
      .split(',')
      .map((hetu) => hetu.trim())
      .filter(Boolean),
  };
}

function printChange(result) {
  if (!result.changed) {
    console.log(`${result.area}: no change (${describeRollout(result.after.rollout, result.after.legacy)}).`);
    return;
  }
  console.log(`${result.area}: ${result.action} by ${result.actor} at ${result.changedAt}`);
  console.log(
    `  before: ${describeRollout(result.before.rollout, result.before.legacy)}${result.before.legacy ? ` [legacy ${result.before.legacy.url}]` : ''}`,
  );
  console.log(
    `  after:  ${describeRollout(result.after.rollout, result.after.legacy)}${result.after.legacy ? ` [legacy ${result.after.legacy.url}]` : ''}`,
  );
  console.log('Browsers follow on their next page load. Undo: npm run registry -- undo ' + result.area);
}

async function main(argv) {
  const settings = adminSettings();
  const [command = 'list', area, ...rest] = argv;
  if (command === 'maintenance') return maintenance(settings, argv.slice(1));
  const needArea = () => {
    if (!area) throw new Usage(USAGE);
    return encodeURIComponent(area);
  };
  switch (command) {
    case 'list': {
      const { areas } = await adminApi(settings, 'GET', '/registry');
      for (const entry of areas) {
        console.log(
          `${entry.area.padEnd(24)} ${(entry.federated?.version ?? 'no module').padEnd(10)} ${describeRollout(entry.rollout, entry.legacy)}${entry.legacy ? ` [legacy ${entry.legacy.url}]` : ''}`,
        );
      }
      return;
    }
    case 'show': {
      const state = await adminApi(settings, 'GET', `/registry/${needArea()}`);
      console.log(
        state.federated
          ? `${state.area}: module ${state.federated.version} (${state.federated.manifestUrl})`
          : `${state.area}: no module yet (publish one: npm run deploy -w modules/${state.area})`,
      );
      console.log(`  legacy pages: ${state.legacy ? state.legacy.url : 'none'}`);
      console.log(`  now: ${describeRollout(state.rollout, state.legacy)}`);
      console.log('  history (newest first):');
      for (const change of state.history) {
        const what =
          change.before !== undefined
            ? `${describeRollout(change.before.rollout, change.before.legacy)} → ${describeRollout(change.after.rollout, change.after.legacy)}`
            : `version ${change.fromVersion ?? '–'} → ${change.toVersion ?? '–'}`;
        console.log(`    ${change.changedAt}  ${change.actor.padEnd(12)} ${change.action.padEnd(9)} ${what}`);
      }
      return;
    }
    case 'legacy': {
      const [target] = rest;
      if (!target) throw new Usage(USAGE);
      const legacy = target === 'none' ? null : { kind: 'legacy', url: target };
      printChange(await adminApi(settings, 'PUT', `/registry/${needArea()}/legacy`, { legacy }));
      return;
    }
    case 'switch': {
      const [to] = rest;
      if (to !== 'legacy' && to !== 'module') throw new Usage(USAGE);
      printChange(
        await adminApi(settings, 'PUT', `/registry/${needArea()}/rollout`, { rollout: { mode: to === 'module' ? 'everyone' : 'nobody' } }),
      );
      return;
    }
    case 'rollout':
      printChange(await adminApi(settings, 'PUT', `/registry/${needArea()}/rollout`, { rollout: parseRollout(rest) }));
      return;
    case 'undo':
      printChange(await adminApi(settings, 'POST', `/registry/${needArea()}/undo`));
      return;
    default:
      throw new Usage(USAGE);
  }
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof AdminRefusal) && !(error instanceof Usage)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
