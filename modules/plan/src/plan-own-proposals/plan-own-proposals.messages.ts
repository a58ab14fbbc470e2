import { defineMessages } from '@portal/shared-contracts';
import { withAreaMessages } from '../area.js';

/** The own proposals' words, with the area's (the states: area.messages.ts) and the kit's. */
export const messages = withAreaMessages(
  defineMessages({
    fi: {
      ownProposals: 'Omat ehdotuksesi',
      ownProposalHeading: 'Ehdotuksesi {date}',
      ownSubmitted: 'Työllisyysalueesi käsittelee ehdotustasi. Saat tiedon, kun se on käsitelty.',
      ownReturned: 'Työllisyysalueesi palautti ehdotuksesi. Lue asiantuntijan kommentit.',
      officeComments: 'Asiantuntijan kommentit',
      proposalTasks: 'Ehdottamasi tehtävät',
      targetDate: 'Tavoitepäivä {date}',
      yourMessage: 'Viestisi työllisyysalueelle',
      goals: 'Työnhaun tavoitteet',
      state: 'Tila',
      newProposal: 'Laadi uusi ehdotus',
    },
    sv: {
      ownProposals: 'Dina egna förslag',
      ownProposalHeading: 'Ditt förslag {date}',
      ownSubmitted: 'Ditt sysselsättningsområde behandlar ditt förslag. Du får besked när det har behandlats.',
      ownReturned: 'Ditt sysselsättningsområde returnerade ditt förslag. Läs expertens kommentarer.',
      officeComments: 'Expertens kommentarer',
      proposalTasks: 'Uppgifter du föreslog',
      targetDate: 'Måldatum {date}',
      yourMessage: 'Ditt meddelande till ditt sysselsättningsområde',
      goals: 'Mål för jobbsökandet',
      state: 'Status',
      newProposal: 'Gör ett nytt förslag',
    },
    en: {
      ownProposals: 'Your own proposals',
      ownProposalHeading: 'Your proposal of {date}',
      ownSubmitted: 'Your employment area is handling your proposal. You will be told once it has been handled.',
      ownReturned: 'Your employment area returned your proposal. Read your adviser’s comments.',
      officeComments: 'Your adviser’s comments',
      proposalTasks: 'Tasks you proposed',
      targetDate: 'Target date {date}',
      yourMessage: 'Your message to your employment area',
      goals: 'Job-search goals',
      state: 'Status',
      newProposal: 'Draft a new proposal',
    },
  }),
);

export type MessageKey = keyof (typeof messages)['fi'];
