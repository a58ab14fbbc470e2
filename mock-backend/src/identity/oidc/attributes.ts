// The person attributes of an ID token, named as Suomi.fi names them (its SAML friendly names,
// which its OIDC interface keeps), plus the eIDAS natural-person attributes of a foreign identity.

export interface SuomiFiAttributes {
  /** Henkilötunnus. */
  readonly nationalIdentificationNumber?: string;
  /** All first names. */
  readonly firstName?: string;
  /** The calling name (kutsumanimi). */
  readonly givenName?: string;
  /** Surname. */
  readonly sn?: string;
  readonly displayName?: string;
  readonly mail?: string;
  /** Home municipality: Statistics Finland's number and the name in Finnish (S) and Swedish (R). */
  readonly KotikuntaKuntanumero?: string;
  readonly KotikuntaKuntaS?: string;
  readonly KotikuntaKuntaR?: string;
  /** Permanent address in Finland. */
  readonly VakinainenKotimainenLahiosoiteS?: string;
  readonly VakinainenKotimainenLahiosoitePostinumero?: string;
  readonly VakinainenKotimainenLahiosoitePostitoimipaikkaS?: string;
  /** Permanent address abroad. */
  readonly VakinainenUlkomainenLahiosoite?: string;
  readonly VakinainenUlkomainenLahiosoitePaikkakuntaJaValtioS?: string;
  readonly VakinainenUlkomainenLahiosoiteValtiokoodi3?: string;
  /** '1': an address block (turvakielto) is in force and no address or municipality is sent. */
  readonly TurvakieltoTieto?: '0' | '1';
}

/** eIDAS (a foreign EU identity): no henkilötunnus, a country-prefixed identifier instead. */
export interface EidasAttributes {
  /** "DE/FI/…": issuing country, receiving country, the identifier. */
  readonly PersonIdentifier?: string;
  readonly FirstName?: string;
  readonly FamilyName?: string;
  /** ISO date. */
  readonly DateOfBirth?: string;
}

export type IdentityAttributes = SuomiFiAttributes & EidasAttributes;
