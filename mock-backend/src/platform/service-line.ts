// The national service line of Job Market Finland (Työmarkkinatorin valtakunnallinen palvelunumero):
// the one number that serves anyone, wherever they live. Named where no local office can be: under an
// address block, and for a foreign eIDAS user, who has no customer data here at all.
import type { Locale } from '@portal/shared-contracts';

export const NATIONAL_SERVICE_LINE = {
  phone: '0295 025 500',
  /** The number for a `tel:` link, in international form (callable from abroad too). */
  tel: '+358295025500',
  name: {
    fi: 'Työmarkkinatorin valtakunnallinen palvelunumero',
    sv: 'Jobbmarknad Finlands riksomfattande servicenummer',
    en: 'Job Market Finland national service line',
  },
  hours: { fi: 'ma–pe klo 9–16', sv: 'mån–fre kl. 9–16', en: 'Mon–Fri 9 am – 4 pm Finnish time' },
} as const satisfies { phone: string; tel: string; name: Record<Locale, string>; hours: Record<Locale, string> };

/** Job Market Finland's open jobs, the public page anyone may read without signing in. */
export const OPEN_JOBS_URL: Record<Locale, string> = {
  fi: 'https://tyomarkkinatori.fi/henkiloasiakkaat/avoimet-tyopaikat',
  sv: 'https://tyomarkkinatori.fi/sv/privatkunder/lediga-jobb',
  en: 'https://tyomarkkinatori.fi/en/personal-customers/vacancies',
};
