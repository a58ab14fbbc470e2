import { INTL_LOCALE, type Locale } from '@portal/shared-contracts';

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * A file's size as the language abbreviates it: "820 kt" / "820 kB", "1,5 Mt" / "1,5 MB". Binary
 * units, as the limits are (10 MB is 10 × 1024 × 1024 bytes), so a file the limit allows never reads
 * as larger than the limit. Rounded up, so a file just over a limit never reads as within it.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const format = (value: number, unit: 'byte' | 'kilobyte' | 'megabyte', digits: number): string =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit, maximumFractionDigits: digits }).format(value);
  if (bytes < KIB) return format(bytes, 'byte', 0);
  if (bytes < MIB) return format(Math.ceil(bytes / KIB), 'kilobyte', 0);
  return format(Math.ceil((bytes / MIB) * 10) / 10, 'megabyte', 1);
}
