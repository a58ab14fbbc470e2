// What the mock IdP says about a test person, as Suomi.fi would (src/identity/oidc/attributes.ts).
import type { IdentityAttributes, SuomiFiAttributes } from '../oidc/attributes.js';
import type { Municipality, Person } from '../../areas/profile/store.js';

/** ISO 3166-1 alpha-3 codes (Suomi.fi's Valtiokoodi3) of the countries the seed and nearby ones use. */
const ALPHA3: Readonly<Record<string, string>> = {
  AT: 'AUT',
  BE: 'BEL',
  CH: 'CHE',
  DE: 'DEU',
  DK: 'DNK',
  EE: 'EST',
  ES: 'ESP',
  FI: 'FIN',
  FR: 'FRA',
  GB: 'GBR',
  IE: 'IRL',
  IS: 'ISL',
  IT: 'ITA',
  LT: 'LTU',
  LV: 'LVA',
  NL: 'NLD',
  NO: 'NOR',
  PL: 'POL',
  PT: 'PRT',
  SE: 'SWE',
  US: 'USA',
};

const FINNISH_COUNTRY_NAMES = new Intl.DisplayNames(['fi'], { type: 'region' });

function eidasIdentifier(person: Person): string {
  // Stable per person and clearly not a henkilötunnus: issuing country / receiving country / id.
  return `${person.country ?? 'EU'}/FI/${person.id.replaceAll('-', '').slice(0, 20).toUpperCase()}`;
}

/**
 * The attributes of one identification. An address block (turvakielto) means no address and no home
 * municipality at all, only TurvakieltoTieto '1': what is never sent cannot leak from anywhere.
 */
export function identityAttributes(person: Person, municipality: Municipality | undefined): IdentityAttributes {
  if (!person.hetu) {
    return {
      PersonIdentifier: eidasIdentifier(person),
      FirstName: person.firstNames,
      FamilyName: person.lastName,
      ...(person.birthDate ? { DateOfBirth: person.birthDate } : {}),
    };
  }
  const attributes: { -readonly [K in keyof SuomiFiAttributes]: SuomiFiAttributes[K] } = {
    nationalIdentificationNumber: person.hetu,
    firstName: person.firstNames,
    givenName: person.givenName,
    sn: person.lastName,
    displayName: `${person.givenName} ${person.lastName}`,
    TurvakieltoTieto: person.addressProtected ? '1' : '0',
  };
  if (person.email) attributes.mail = person.email;
  if (person.addressProtected) return attributes;

  if (municipality) {
    attributes.KotikuntaKuntanumero = municipality.code;
    attributes.KotikuntaKuntaS = municipality.nameFi;
    attributes.KotikuntaKuntaR = municipality.nameSv;
  }
  if (person.street && person.postalCode && person.postOffice && person.country === 'FI') {
    attributes.VakinainenKotimainenLahiosoiteS = person.street;
    attributes.VakinainenKotimainenLahiosoitePostinumero = person.postalCode;
    attributes.VakinainenKotimainenLahiosoitePostitoimipaikkaS = person.postOffice;
  } else if (person.street && person.country && person.country !== 'FI') {
    attributes.VakinainenUlkomainenLahiosoite = [person.street, person.postalCode].filter(Boolean).join(', ');
    const countryName = FINNISH_COUNTRY_NAMES.of(person.country) ?? person.country;
    attributes.VakinainenUlkomainenLahiosoitePaikkakuntaJaValtioS = [person.postOffice, countryName].filter(Boolean).join(', ');
    const alpha3 = ALPHA3[person.country];
    if (alpha3) attributes.VakinainenUlkomainenLahiosoiteValtiokoodi3 = alpha3;
  }
  return attributes;
}
