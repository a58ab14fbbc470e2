import type { TemplateResult } from 'lit';
import type { Locale } from '@portal/shared-contracts';
import { deadlineTag } from '@portal/ui-kit/page';
import { areaText } from './area.js';

// A return date's tag: the front page's tasks, the request page and the answer form show it by the
// kit's rule (grey while there is time, red once passed) and in the same words.

/** "2 päivää aikaa", "Viimeinen päivä on tänään", "Palautuspäivä on mennyt", from the days left (the server's count, or `daysLeftUntil`). */
export function returnDateTag(daysLeft: number, locale: Locale): TemplateResult {
  return deadlineTag(daysLeft, (key, params) => areaText(locale, key, params));
}
