import * as v from 'valibot';
import { LocaleSchema } from '../locale.js';

// A subpath of its own (`@portal/shared-contracts/session-language`): only the backend and the
// shell's signed-in chunk need it, and the shared singleton is downloaded by every page.

/**
 * PUT /api/session/language: the person chose this language for the portal's pages; it follows them
 * to their next sign-in on any device. The answer is the same shape, with the language saved.
 */
export const SessionLanguageSchema = v.object({ language: LocaleSchema });
export type SessionLanguage = v.InferOutput<typeof SessionLanguageSchema>;
