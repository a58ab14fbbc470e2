// Module errors reported by browsers, counted per module version so that a bad release is visible:
// what of a report is kept (never personal data), and the counts as operators read them.
import { CLIENT_ERROR_MESSAGE_MAX, type ClientErrorKind, type ClientErrorVersionCounts } from '@portal/shared-contracts';
import type { ClientErrorCountRow } from './store.js';
import { cutAtWord, withoutUrlQueries } from '@portal/shared-contracts/text';

// Personal data a module's error text might quote: a henkilötunnus, an e-mail address, a phone or
// account number (eight or more digits, spaced or not). Each pattern has a fixed start (a digit, an
// "@") and no two quantifiers that can trade characters, so it runs in linear time on any input.
const HETU = /\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi;
const WORD = /[^\s"'<>()]+/g;
const DOMAIN_END = /\.[a-z]{2}/i;
const LONG_NUMBER = /\+?\d(?:[ -]?\d){7,}/g;
// Control characters, and what PostgreSQL cannot store as text (NUL, half a surrogate pair).
const UNSTORABLE = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * How much of a message is read at all. The shell sends at most CLIENT_ERROR_MESSAGE_MAX characters;
 * anyone else's longer text is cut (at a word) before any pattern runs over it, and what cleaning
 * removes still leaves enough to fill what is kept.
 */
const READ_AT_MOST = 4 * CLIENT_ERROR_MESSAGE_MAX;

/** A word with something before an "@" and a domain ending after it, whatever else it holds. */
function looksLikeAddress(word: string): boolean {
  const at = word.indexOf('@');
  return at > 0 && DOMAIN_END.test(word.slice(at + 2));
}

/**
 * The message as it is kept: without query strings and anything that looks like personal data,
 * whitespace collapsed, at most CLIENT_ERROR_MESSAGE_MAX characters (whole characters, never half
 * of one). Undefined when nothing is left.
 */
export function cleanClientMessage(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const cleaned = withoutUrlQueries(cutAtWord(message, READ_AT_MOST).replace(UNSTORABLE, ' '))
    .replace(HETU, '[hetu]')
    .replace(WORD, (word) => (looksLikeAddress(word) ? '[email]' : word))
    .replace(LONG_NUMBER, '[number]')
    .replace(/\s+/g, ' ')
    .trim();
  // Cleaned already, so a plain cut: whole characters, never half of a surrogate pair.
  const cut = Array.from(cleaned).slice(0, CLIENT_ERROR_MESSAGE_MAX).join('').trim();
  return cut === '' ? undefined : cut;
}

/** The counts of each area's version, grouped from the rows, newest version first. */
export function toVersionCounts(rows: readonly ClientErrorCountRow[]): ClientErrorVersionCounts[] {
  // Rows come newest first, so each version's place in the list is that of its newest row.
  const versions = new Map<string, { area: string; version: string; rows: ClientErrorCountRow[] }>();
  for (const row of rows) {
    const key = `${row.area}\n${row.version}`;
    const group = versions.get(key) ?? { area: row.area, version: row.version, rows: [] };
    group.rows.push(row);
    versions.set(key, group);
  }
  return [...versions.values()].map(({ area, version, rows: group }) => ({
    area,
    version,
    total: group.reduce((sum, row) => sum + row.count, 0),
    firstSeenAt: new Date(Math.min(...group.map((row) => row.firstSeenAt.getTime()))).toISOString(),
    lastSeenAt: new Date(Math.max(...group.map((row) => row.lastSeenAt.getTime()))).toISOString(),
    kinds: group.map((row) => ({
      // The column is text; only the contract's kinds are ever written (the POST validates them).
      kind: row.kind as ClientErrorKind,
      count: row.count,
      firstSeenAt: row.firstSeenAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
      lastMessage: row.lastMessage,
    })),
  }));
}
