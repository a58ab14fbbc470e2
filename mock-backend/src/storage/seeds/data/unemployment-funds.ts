// The unemployment funds (työttömyyskassat) operating in Finland in 2025: the members of their joint
// organisation (Työttömyyskassojen Yhteisjärjestö TYJ, "all 16 funds operating in Finland"), by the
// names the funds use. Swedish and English names are the funds' own where they publish one, else a
// plain translation of the Finnish. Kela pays basic benefit to everyone else. A fund missing here (a
// new one, a merger the data has not caught up with) is chosen as "other" with its name typed.
//
// Ids are stable keys: payer notices, payer-API tokens (PAYER_API_TOKENS) and stored registrations
// refer to them, so a renamed fund keeps its id (ytk, erko were in the data before the full list).

export interface FundEntry {
  readonly id: string;
  readonly nameFi: string;
  readonly nameSv: string;
  readonly nameEn: string;
}

export const UNEMPLOYMENT_FUNDS_2025: readonly FundEntry[] = [
  {
    id: 'a-kassa',
    nameFi: 'Avoin työttömyyskassa A-kassa',
    nameSv: 'Öppna arbetslöshetskassan A-kassa',
    nameEn: 'Open Unemployment Fund A-kassa',
  },
  { id: 'aaria', nameFi: 'Aaria-työttömyyskassa', nameSv: 'Arbetslöshetskassan Aaria', nameEn: 'Aaria Unemployment Fund' },
  {
    id: 'aet',
    nameFi: 'Akavan Erityisalojen Työttömyyskassa AET',
    nameSv: 'Akavas Specialbranschers Arbetslöshetskassa AET',
    nameEn: 'Unemployment Fund of Akava Special Branches AET',
  },
  {
    id: 'erko',
    nameFi: 'Erityiskoulutettujen työttömyyskassa ERKO',
    nameSv: 'Specialutbildades arbetslöshetskassa ERKO',
    nameEn: 'Unemployment Fund for the Specially Trained ERKO',
  },
  {
    id: 'erto',
    nameFi: 'Erityisalojen Toimihenkilöiden Työttömyyskassa ERTO',
    nameSv: 'Specialbranschernas tjänstemäns arbetslöshetskassa ERTO',
    nameEn: 'Unemployment Fund for Salaried Employees in Special Sectors ERTO',
  },
  {
    id: 'jhl',
    nameFi: 'Julkisten ja hyvinvointialojen työttömyyskassa JHL',
    nameSv: 'Arbetslöshetskassan för den offentliga sektorn och välfärdsbranschen JHL',
    nameEn: 'Unemployment Fund for Public and Welfare Sectors JHL',
  },
  {
    id: 'koko',
    nameFi: 'Korkeasti koulutettujen työttömyyskassa KOKO',
    nameSv: 'Högutbildades arbetslöshetskassa KOKO',
    nameEn: 'Unemployment Fund for the Highly Educated KOKO',
  },
  {
    id: 'kuljetusala',
    nameFi: 'Kuljetusalan työttömyyskassa',
    nameSv: 'Transportbranschens arbetslöshetskassa',
    nameEn: 'Transport Sector Unemployment Fund',
  },
  {
    id: 'opetus-ja-tiede',
    nameFi: 'Opetus ja tiede -työttömyyskassa',
    nameSv: 'Arbetslöshetskassan Undervisning och vetenskap',
    nameEn: 'Education and Science Unemployment Fund',
  },
  {
    id: 'pam',
    nameFi: 'Palvelualojen työttömyyskassa',
    nameSv: 'Servicebranschernas arbetslöshetskassa',
    nameEn: 'Service Sector Unemployment Fund',
  },
  { id: 'pro', nameFi: 'Työttömyyskassa Pro', nameSv: 'Arbetslöshetskassan Pro', nameEn: 'Pro Unemployment Fund' },
  {
    id: 'sahkoala',
    nameFi: 'Sähköalojen työttömyyskassa',
    nameSv: 'Elbranschernas arbetslöshetskassa',
    nameEn: 'Electrical Sector Unemployment Fund',
  },
  {
    id: 'terveydenhuoltoala',
    nameFi: 'Terveydenhuoltoalan työttömyyskassa',
    nameSv: 'Arbetslöshetskassan för hälso- och sjukvårdsbranschen',
    nameEn: 'Healthcare Sector Unemployment Fund',
  },
  { id: 'ytk', nameFi: 'YTK Työttömyyskassa', nameSv: 'YTK Arbetslöshetskassa', nameEn: 'YTK Unemployment Fund' },
  {
    id: 'yrittajakassa',
    nameFi: 'Suomen Yrittäjäkassa',
    nameSv: 'Företagarkassan i Finland',
    nameEn: 'Finnish Entrepreneurs’ Unemployment Fund',
  },
  {
    id: 'syt',
    nameFi: 'Yrittäjien työttömyyskassa SYT',
    nameSv: 'Företagarnas arbetslöshetskassa SYT',
    nameEn: 'Unemployment Fund for Entrepreneurs SYT',
  },
];
