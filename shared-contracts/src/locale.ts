import * as v from 'valibot';

/** The portal's languages: Finnish and Swedish by law (Language Act 423/2003), English too. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fi';

export const LocaleSchema = v.picklist(LOCALES);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A text the backend or the registry gives in every language, so no client has to translate data. */
export const LocalizedTextSchema = v.object({
  fi: v.pipe(v.string(), v.minLength(1)),
  sv: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
