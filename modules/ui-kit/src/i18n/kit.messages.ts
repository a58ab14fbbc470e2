import { defineMessages, formatMessage, type Locale, type Messages } from '@portal/shared-contracts';

/**
 * The kit's own words: what every form of every area says the same way (the error summary, the
 * buttons of the steps, the character count, a month and a year). An area's own texts (what its
 * forms send, its notices) stay in its module; `withUiMessages` puts the two together.
 */
export const uiMessages = defineMessages<
  | 'errorPrefix'
  | 'errorSummary'
  | 'unknownError'
  | 'optional'
  | 'continue'
  | 'send'
  | 'sending'
  | 'change'
  | 'cancel'
  | 'retry'
  | 'loading'
  | 'charsInfo'
  | 'charsLeft'
  | 'charsLeftOne'
  | 'charsOver'
  | 'charsOverOne'
  | 'month'
  | 'year'
  | 'back'
  | 'loadFailed'
  | 'sendFailed'
  | 'sendMaintenance'
  | 'draftRestored'
  | 'startAgain'
  | 'draftDiscarded'
  | 'leaveHeading'
  | 'leaveKeep'
  | 'leaveDiscard'
  | 'leaveStay'
  | 'receivedAt'
>({
  fi: {
    errorPrefix: 'Virhe:',
    errorSummary: 'Korjaa seuraavat kohdat',
    unknownError: 'Tarkista tämä kohta.',
    optional: '(vapaaehtoinen)',
    continue: 'Jatka',
    send: 'Lähetä',
    sending: 'Lähetetään…',
    change: 'Muuta',
    cancel: 'Peruuta',
    retry: 'Yritä uudelleen',
    loading: 'Ladataan…',
    charsInfo: 'Voit kirjoittaa enintään {max} merkkiä.',
    charsLeft: 'Voit kirjoittaa vielä {count} merkkiä.',
    charsLeftOne: 'Voit kirjoittaa vielä 1 merkin.',
    charsOver: 'Tekstissä on {count} merkkiä liikaa.',
    charsOverOne: 'Tekstissä on 1 merkki liikaa.',
    month: 'Kuukausi',
    year: 'Vuosi',
    back: 'Takaisin',
    loadFailed: 'Tietoja ei juuri nyt saatu haettua. Mitään ei ole kadonnut.',
    sendFailed: 'Lähettäminen ei onnistunut. Tietosi ovat tallessa; yritä uudelleen.',
    sendMaintenance: 'Palvelussa on huoltokatko, eikä mitään lähetetty. Tietosi ovat tallessa; yritä uudelleen {time} jälkeen.',
    draftRestored: 'Palautimme tiedot, jotka kirjoitit aiemmin. Voit jatkaa siitä, mihin jäit.',
    startAgain: 'Hylkää keskeneräiset muutokset ja aloita alusta',
    draftDiscarded: 'Keskeneräiset muutokset hylättiin.',
    leaveHeading: 'Säilytetäänkö keskeneräiset muutokset?',
    leaveKeep: 'Säilytä luonnos ja poistu',
    leaveDiscard: 'Hylkää muutokset ja poistu',
    leaveStay: 'Jatka muokkaamista',
    receivedAt: 'Vastaanotettu {time}.',
  },
  sv: {
    errorPrefix: 'Fel:',
    errorSummary: 'Rätta följande',
    unknownError: 'Kontrollera den här punkten.',
    optional: '(frivilligt)',
    continue: 'Fortsätt',
    send: 'Skicka',
    sending: 'Skickas…',
    change: 'Ändra',
    cancel: 'Avbryt',
    retry: 'Försök igen',
    loading: 'Hämtas…',
    charsInfo: 'Du kan skriva högst {max} tecken.',
    charsLeft: 'Du kan skriva {count} tecken till.',
    charsLeftOne: 'Du kan skriva 1 tecken till.',
    charsOver: 'Texten har {count} tecken för mycket.',
    charsOverOne: 'Texten har 1 tecken för mycket.',
    month: 'Månad',
    year: 'År',
    back: 'Tillbaka',
    loadFailed: 'Uppgifterna kunde inte hämtas just nu. Ingenting har gått förlorat.',
    sendFailed: 'Det gick inte att skicka. Dina uppgifter finns kvar; försök igen.',
    sendMaintenance: 'Tjänsten har ett serviceavbrott och ingenting skickades. Dina uppgifter finns kvar; försök igen efter {time}.',
    draftRestored: 'Vi återställde det du skrev tidigare. Du kan fortsätta där du slutade.',
    startAgain: 'Släng de oavslutade ändringarna och börja om',
    draftDiscarded: 'De oavslutade ändringarna slängdes.',
    leaveHeading: 'Vill du behålla de oavslutade ändringarna?',
    leaveKeep: 'Behåll utkastet och lämna formuläret',
    leaveDiscard: 'Släng ändringarna och lämna formuläret',
    leaveStay: 'Fortsätt redigera',
    receivedAt: 'Mottagen {time}.',
  },
  en: {
    errorPrefix: 'Error:',
    errorSummary: 'There is a problem',
    unknownError: 'Check this item.',
    optional: '(optional)',
    continue: 'Continue',
    send: 'Send',
    sending: 'Sending…',
    change: 'Change',
    cancel: 'Cancel',
    retry: 'Try again',
    loading: 'Loading…',
    charsInfo: 'You can enter up to {max} characters.',
    charsLeft: 'You have {count} characters remaining.',
    charsLeftOne: 'You have 1 character remaining.',
    charsOver: 'You have {count} characters too many.',
    charsOverOne: 'You have 1 character too many.',
    month: 'Month',
    year: 'Year',
    back: 'Back',
    loadFailed: 'The data could not be fetched just now. Nothing has been lost.',
    sendFailed: 'Sending did not succeed. What you entered is kept; please try again.',
    sendMaintenance: 'The service is in a maintenance break and nothing was sent. What you entered is kept; please try again after {time}.',
    draftRestored: 'We restored what you typed earlier. You can continue where you left off.',
    startAgain: 'Discard the unfinished changes and start again',
    draftDiscarded: 'The unfinished changes were discarded.',
    leaveHeading: 'Do you want to keep the unfinished changes?',
    leaveKeep: 'Keep the draft and leave',
    leaveDiscard: 'Discard the changes and leave',
    leaveStay: 'Continue editing',
    receivedAt: 'Received {time}.',
  },
});

export type UiMessageKey = keyof (typeof uiMessages)['fi'];

/** One of the kit's own texts in the person's language. */
export function uiText(locale: Locale, key: UiMessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(uiMessages[locale][key], params);
}

/**
 * Two tables of words as one, for one LocaleController: `own`'s word wins where both have a key (an
 * element may word a shared text for its context). The type keeps every key of both in every language.
 */
export function mergeMessages<A extends string, B extends string>(base: Messages<A>, own: Messages<B>): Messages<A | B> {
  return {
    fi: { ...base.fi, ...own.fi },
    sv: { ...base.sv, ...own.sv },
    en: { ...base.en, ...own.en },
  };
}

/**
 * An area's texts with the kit's beside them, so the area reads both from one table (`continue`,
 * `retry`…) and its buttons say what the kit's controls say. The area's own word wins.
 */
export function withUiMessages<K extends string>(area: Messages<K>): Messages<K | UiMessageKey> {
  return mergeMessages(uiMessages, area);
}

/** The words an area's elements share, as its `area.ts` hands them out. */
export interface AreaWords<A extends string> {
  /** One of the area's shared words in the person's language, with `{name}` placeholders filled. */
  readonly text: (locale: Locale, key: A, params?: Readonly<Record<string, string | number>>) => string;
  /**
   * An element's own words with the area's beside them, one table for its LocaleController; the
   * element's own word wins where both have a key.
   */
  readonly with: <K extends string>(own: Messages<K>) => Messages<K | A>;
}

/** The two ways an area's elements read its shared words, over its table of them. */
export function areaWords<A extends string>(area: Messages<A>): AreaWords<A> {
  return {
    text: (locale, key, params) => formatMessage(area[locale][key], params),
    with: (own) => mergeMessages(area, own),
  };
}

/**
 * A table of words that has at least the keys `K` in every language, whatever else it has: for
 * `satisfies`, so that a name the contract adds (a state, a kind) without words fails to compile
 * while the table's other keys are still read from the table itself.
 */
export type MessagesWith<K extends string> = { readonly [L in Locale]: Readonly<Record<K, string>> & Readonly<Record<string, string>> };
