import { defineMessages } from '@portal/shared-contracts';
import type { UnemploymentSecurityError } from '@portal/shared-contracts/unemployment-security';

/**
 * Codes the form gives itself, beside the contract's: a file still uploading or not accepted keeps
 * the person on the form (nothing is left out of an answer without a word), and an upload refusal
 * without a code the form knows (a newer server) still says something useful.
 */
export const FORM_ERRORS = {
  attachmentsNotReady: 'attachments.not-ready',
  fileRefused: 'file.refused',
} as const;
export type FormError = (typeof FORM_ERRORS)[keyof typeof FORM_ERRORS];

/**
 * What the contract's codes (UNEMPLOYMENT_SECURITY_ERRORS) and the form's own say to the person, in
 * every language: what to do, not only what went wrong. `{size}` is a limit ("10 Mt"), `{count}` the
 * most files. `Record<UnemploymentSecurityError, …>` makes a new code without words a compile error.
 */
export const errorMessages = defineMessages<UnemploymentSecurityError | FormError>({
  fi: {
    'text.required': 'Kirjoita vastauksesi.',
    'text.too-long': 'Vastauksessa voi olla enintään {max} merkkiä. Lyhennä tekstiä.',
    'attachments.required': 'Liitä vähintään yksi tiedosto.',
    'attachments.too-many': 'Voit liittää enintään {count} tiedostoa.',
    'attachments.unknown': 'Osa liitteistä oli poistettu sillä välin. Tarkista liitteet ja jatka.',
    'attachments.not-ready':
      'Odota, että kaikki tiedostot on ladattu. Poista tiedostot, joita ei voitu ottaa vastaan, ja yritä uudelleen niitä, joiden lataus keskeytyi.',
    'file.type': 'Tiedosto ei ole PDF-, JPEG- tai PNG-tiedosto. Tallenna se jossakin näistä muodoista ja liitä se uudelleen.',
    'file.empty': 'Tiedosto on tyhjä. Tarkista, että valitsit oikean tiedoston.',
    'file.too-large': 'Tiedosto on suurempi kuin {size}. Pienennä tiedostoa tai jaa se osiin.',
    'answer.too-large': 'Liitteet olisivat yhteensä suuremmat kuin {size}. Poista jokin liite tai pienennä tiedostoja.',
    'file.name': 'Tiedoston nimeä ei voi käyttää. Anna tiedostolle lyhyempi nimi (enintään 200 merkkiä) ja liitä se uudelleen.',
    'file.missing': 'Tiedostoa ei saatu luettua. Liitä se uudelleen.',
    'file.refused': 'Tiedostoa ei voitu ottaa vastaan. Tarkista tiedosto ja liitä se uudelleen.',
    'request.closed': 'Selvityspyyntöön ei voi enää vastata eikä liittää tiedostoja.',
  },
  sv: {
    'text.required': 'Skriv ditt svar.',
    'text.too-long': 'Svaret får ha högst {max} tecken. Korta ner texten.',
    'attachments.required': 'Bifoga minst en fil.',
    'attachments.too-many': 'Du kan bifoga högst {count} filer.',
    'attachments.unknown': 'En del av bilagorna hade tagits bort under tiden. Kontrollera bilagorna och fortsätt.',
    'attachments.not-ready':
      'Vänta tills alla filer har laddats upp. Ta bort de filer som inte kunde tas emot och försök igen med dem vars uppladdning avbröts.',
    'file.type': 'Filen är inte en PDF-, JPEG- eller PNG-fil. Spara den i något av dessa format och bifoga den igen.',
    'file.empty': 'Filen är tom. Kontrollera att du valde rätt fil.',
    'file.too-large': 'Filen är större än {size}. Gör filen mindre eller dela upp den.',
    'answer.too-large': 'Bilagorna skulle tillsammans vara större än {size}. Ta bort en bilaga eller gör filerna mindre.',
    'file.name': 'Filens namn kan inte användas. Ge filen ett kortare namn (högst 200 tecken) och bifoga den igen.',
    'file.missing': 'Filen kunde inte läsas. Bifoga den igen.',
    'file.refused': 'Filen kunde inte tas emot. Kontrollera filen och bifoga den igen.',
    'request.closed': 'Det går inte längre att svara på begäran eller bifoga filer till den.',
  },
  en: {
    'text.required': 'Enter your answer.',
    'text.too-long': 'Your answer can have at most {max} characters. Shorten the text.',
    'attachments.required': 'Attach at least one file.',
    'attachments.too-many': 'You can attach at most {count} files.',
    'attachments.unknown': 'Some of the attachments had been removed meanwhile. Check the attachments and continue.',
    'attachments.not-ready':
      'Wait until every file has been uploaded. Remove the files that could not be accepted, and try again the ones whose upload was interrupted.',
    'file.type': 'The file is not a PDF, JPEG or PNG file. Save it in one of these formats and attach it again.',
    'file.empty': 'The file is empty. Check that you chose the right file.',
    'file.too-large': 'The file is larger than {size}. Make the file smaller or split it into parts.',
    'answer.too-large': 'The attachments would together be larger than {size}. Remove an attachment or make the files smaller.',
    'file.name': 'The file name cannot be used. Give the file a shorter name (at most 200 characters) and attach it again.',
    'file.missing': 'The file could not be read. Attach it again.',
    'file.refused': 'The file could not be accepted. Check the file and attach it again.',
    'request.closed': 'This request can no longer be answered, and no files can be added to it.',
  },
});
