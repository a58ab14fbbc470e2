/**
 * Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, a three-digit
 * individual number and a check character. Century signs as extended on 1.1.2023:
 * 1800s `+`; 1900s `-` `Y` `X` `W` `V` `U`; 2000s `A` `B` `C` `D` `E` `F`.
 */
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const HETU_PATTERN = /^(\d{2})(\d{2})(\d{2})([-+YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

export interface ParsedHetu {
  readonly birthDate: string; // ISO yyyy-mm-dd
  readonly individualNumber: string;
}

/** Parses a henkilötunnus, or returns null when its form, date or check character is wrong. */
export function parseHetu(value: string): ParsedHetu | null {
  const match = HETU_PATTERN.exec(value.trim().toUpperCase());
  if (!match) return null;
  const [, dd, mm, yy, sign, individual, check] = match as unknown as [string, string, string, string, string, string, string];
  const year = (CENTURY[sign] ?? 1900) + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) {
    return null;
  }
  // 000 and 001 are not given to anyone; 900–999 are for temporary and test identities.
  if (Number(individual) < 2) return null;
  const expected = CHECK_CHARS[Number(`${dd}${mm}${yy}${individual}`) % 31];
  if (expected !== check) return null;
  return { birthDate: date.toISOString().slice(0, 10), individualNumber: individual };
}

export function isValidHetu(value: string): boolean {
  return parseHetu(value) !== null;
}
