// The customer's basic data as the API gives it, and what the profile area puts on the front page.
// Also what the change receipts, the export and other areas use to show the person.
import { LOCALES, type CurrentItem, type LocalizedText } from '@portal/shared-contracts';
import type { Profile } from '@portal/shared-contracts/profile';
import { dateAtNoon } from '../../platform/calendar.js';
import { findMunicipality, type Person } from './store.js';
import type { Database } from '../../storage/storage.js';
import { formatDate } from '../../platform/i18n.js';

const AREA = 'profile';
const HREF = '/profile';

export async function toProfile(db: Database, person: Person): Promise<Profile> {
  // Turvakielto: with the address block on, neither the address nor the home municipality (which
  // narrows down where the person lives) leaves the system, whoever asks.
  const municipality =
    person.homeMunicipalityCode && !person.addressProtected ? await findMunicipality(db, person.homeMunicipalityCode) : undefined;
  const hasAddress = person.street !== null && person.postalCode !== null && person.postOffice !== null && person.country !== null;
  return {
    henkilotunnus: person.hetu,
    firstNames: person.firstNames,
    givenName: person.givenName,
    lastName: person.lastName,
    birthDate: person.birthDate,
    homeMunicipality: municipality
      ? { code: municipality.code, name: { fi: municipality.nameFi, sv: municipality.nameSv, en: municipality.nameEn } }
      : null,
    address:
      hasAddress && !person.addressProtected
        ? {
            street: person.street ?? '',
            postalCode: person.postalCode ?? '',
            postOffice: person.postOffice ?? '',
            country: person.country ?? '',
          }
        : null,
    addressProtected: person.addressProtected,
    phone: person.phone,
    email: person.email,
    preferredLanguage: person.preferredLanguage,
    contactChannel: person.contactChannel,
    updatedAt: person.updatedAt.toISOString(),
  };
}

const MISSING_CONTACT_TITLES = {
  both: {
    fi: 'Lisää puhelinnumero ja sähköpostiosoite',
    sv: 'Lägg till telefonnummer och e-postadress',
    en: 'Add your phone number and email address',
  },
  phone: { fi: 'Lisää puhelinnumero', sv: 'Lägg till telefonnummer', en: 'Add your phone number' },
  email: { fi: 'Lisää sähköpostiosoite', sv: 'Lägg till e-postadress', en: 'Add your email address' },
} as const satisfies Record<string, LocalizedText>;

const MISSING_CONTACT_DESCRIPTION: LocalizedText = {
  fi: 'Tarvitsemme yhteystietosi, jotta voimme ottaa sinuun yhteyttä asioihisi liittyen.',
  sv: 'Vi behöver dina kontaktuppgifter för att kunna kontakta dig i dina ärenden.',
  en: 'We need your contact details to be able to reach you about your matters.',
};

const CHECK_TITLE: LocalizedText = {
  fi: 'Tarkista, että yhteystietosi ovat ajan tasalla',
  sv: 'Kontrollera att dina kontaktuppgifter är aktuella',
  en: 'Check that your contact details are up to date',
};

const LAST_UPDATED = {
  fi: (date: string) => `Tietojasi on päivitetty viimeksi ${date}.`,
  sv: (date: string) => `Dina uppgifter uppdaterades senast ${date}.`,
  en: (date: string) => `Your details were last updated on ${date}.`,
} as const;

const PENDING_TITLE = {
  fi: (date: string) => `Ilmoittamasi muutos tietoihisi tulee voimaan ${date}`,
  sv: (date: string) => `Ändringen av dina uppgifter som du anmält träder i kraft ${date}`,
  en: (date: string) => `The change to your details you reported takes effect on ${date}`,
} as const;

/**
 * A reported change still waiting for its effective date (the soonest, if several). Only the date:
 * what changes is not repeated here, so a new address under an address block stays unsaid.
 */
function pendingChangeItem(effectiveDate: string): CurrentItem {
  const day = dateAtNoon(effectiveDate);
  const title = Object.fromEntries(LOCALES.map((locale) => [locale, PENDING_TITLE[locale](formatDate(day, locale))])) as LocalizedText;
  return { id: 'profile-change-pending', area: AREA, kind: 'status', title, href: HREF, urgency: 'info' };
}

/** `pendingDates`: effective dates of reported changes not yet in effect, soonest first. */
export function profileCurrentItems(person: Person, pendingDates: readonly string[] = []): CurrentItem[] {
  const pending = pendingDates[0] === undefined ? [] : [pendingChangeItem(pendingDates[0])];
  return [...contactItems(person), ...pending];
}

function contactItems(person: Person): CurrentItem[] {
  const missing = !person.phone && !person.email ? 'both' : !person.phone ? 'phone' : !person.email ? 'email' : undefined;
  if (missing) {
    return [
      {
        id: 'profile-contact-details-missing',
        area: AREA,
        kind: 'task',
        title: MISSING_CONTACT_TITLES[missing],
        description: MISSING_CONTACT_DESCRIPTION,
        href: HREF,
        urgency: 'action',
      },
    ];
  }
  const description = Object.fromEntries(
    LOCALES.map((locale) => [locale, LAST_UPDATED[locale](formatDate(person.updatedAt, locale))]),
  ) as LocalizedText;
  return [
    { id: 'profile-contact-details-check', area: AREA, kind: 'status', title: CHECK_TITLE, description, href: HREF, urgency: 'info' },
  ];
}
