import { defineMessages } from '@portal/shared-contracts';

export const messages = defineMessages({
  fi: {
    caption: 'Työvoimakoulutus',
    loading: 'Ladataan koulutusta…',
    notFound: 'Koulutusta ei löytynyt. Se on voitu poistaa, tai osoite on väärä.',
    applyHeading: 'Hakeminen',
    applyText: 'Koulutus on haussa. Hae viimeistään {date}.',
    apply: 'Hae koulutukseen',
    appliedHeading: 'Hakemuksesi',
    appliedText: 'Hait tähän koulutukseen {date}. Tila:',
    seeApplication: 'Katso hakemuksesi',
    closedText:
      'Tämän koulutuksen hakuaika päättyi {date}, joten siihen ei voi enää hakea. Katso muut haussa olevat koulutukset työvoimakoulutuksen etusivulta.',
  },
  sv: {
    caption: 'Arbetskraftsutbildning',
    loading: 'Utbildningen hämtas…',
    notFound: 'Utbildningen hittades inte. Den kan ha tagits bort, eller så är adressen fel.',
    applyHeading: 'Ansökan',
    applyText: 'Ansökan till utbildningen pågår. Sök senast {date}.',
    apply: 'Ansök till utbildningen',
    appliedHeading: 'Din ansökan',
    appliedText: 'Du sökte till utbildningen {date}. Läge:',
    seeApplication: 'Se din ansökan',
    closedText:
      'Ansökningstiden för utbildningen gick ut {date}, så det går inte längre att söka. Se de andra utbildningarna med pågående ansökan på arbetskraftsutbildningens startsida.',
  },
  en: {
    caption: 'Labour market training',
    loading: 'Loading the training…',
    notFound: 'The training was not found. It may have been removed, or the address is wrong.',
    applyHeading: 'Applying',
    applyText: 'The training is open for application. Apply by {date}.',
    apply: 'Apply for the training',
    appliedHeading: 'Your application',
    appliedText: 'You applied for this training on {date}. Status:',
    seeApplication: 'See your application',
    closedText:
      'The application period of this training ended on {date}, so it can no longer be applied for. See the other trainings open for application on the Labour market training front page.',
  },
});
