import { defineMessages } from '@portal/shared-contracts';
import { withUiMessages } from '@portal/ui-kit/page';

/** The acceptance's words, with the kit's (`retry`, `sending`, `errorSummary`…). */
export const messages = withUiMessages(
  defineMessages({
    fi: {
      heading: 'Suunnitelman hyväksyminen',
      meaningHeading: 'Mitä hyväksyminen tarkoittaa',
      meaning:
        'Hyväksymällä suunnitelman sitoudut tekemään siihen kirjatut tehtävät ja hakemaan työtä sovitulla tavalla. Jos et noudata suunnitelmaa ilman pätevää syytä, se voi vaikuttaa työttömyysetuuteesi.',
      questions: 'Jos suunnitelmassa on jotain, mitä ette ole sopineet, älä hyväksy sitä vaan ota yhteyttä työllisyysalueeseesi.',
      confirm: 'Olen lukenut suunnitelman ja ymmärrän, mihin sitoudun hyväksymällä sen.',
      accept: 'Hyväksy suunnitelma',
      accepting: 'Hyväksytään…',
      sendFailed: 'Hyväksyminen ei onnistunut. Mitään ei ole kadonnut; yritä uudelleen.',
    },
    sv: {
      heading: 'Godkännande av planen',
      meaningHeading: 'Vad godkännandet innebär',
      meaning:
        'Genom att godkänna planen förbinder du dig att utföra de uppgifter som har skrivits in i den och att söka arbete på det sätt som har avtalats. Om du inte följer planen utan giltig orsak kan det påverka din arbetslöshetsförmån.',
      questions:
        'Om det finns något i planen som ni inte har kommit överens om ska du inte godkänna den utan kontakta ditt sysselsättningsområde.',
      confirm: 'Jag har läst planen och förstår vad jag förbinder mig till genom att godkänna den.',
      accept: 'Godkänn planen',
      accepting: 'Godkänns…',
      sendFailed: 'Godkännandet lyckades inte. Ingenting har gått förlorat; försök igen.',
    },
    en: {
      heading: 'Accepting the plan',
      meaningHeading: 'What accepting means',
      meaning:
        'By accepting the plan you commit to doing the tasks recorded in it and to looking for work in the way agreed. If you do not follow the plan without a valid reason, it may affect your unemployment benefit.',
      questions: 'If the plan contains something you have not agreed on, do not accept it; contact your employment area instead.',
      confirm: 'I have read the plan and understand what I commit to by accepting it.',
      accept: 'Accept the plan',
      accepting: 'Accepting…',
      sendFailed: 'Accepting did not succeed. Nothing has been lost; please try again.',
    },
  }),
);

export type MessageKey = keyof (typeof messages)['fi'];

/** The one error of the form: the acknowledgement not confirmed (the module's own code; the server never sees it). */
export const CONFIRM_REQUIRED = 'confirm.required';

export const errorMessages = defineMessages<typeof CONFIRM_REQUIRED>({
  fi: { [CONFIRM_REQUIRED]: 'Vahvista, että olet lukenut suunnitelman ja ymmärrät, mihin sitoudut hyväksymällä sen.' },
  sv: { [CONFIRM_REQUIRED]: 'Bekräfta att du har läst planen och förstår vad du förbinder dig till genom att godkänna den.' },
  en: { [CONFIRM_REQUIRED]: 'Confirm that you have read the plan and understand what you commit to by accepting it.' },
});
