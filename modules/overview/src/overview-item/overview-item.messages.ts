import { defineMessages } from '@portal/shared-contracts';

export const messages = defineMessages({
  fi: {
    due: 'Määräaika {date}',
    dueToday: 'Määräaika on tänään.',
    dueInOne: '{days} päivä jäljellä.',
    dueInOther: '{days} päivää jäljellä.',
    duePassed: 'Määräaika on mennyt. Hoida asia mahdollisimman pian.',
    'kind.deadline': 'Määräaika',
    'kind.unfinished-form': 'Kesken',
    'kind.status': 'Tilanne',
    'kind.task': 'Tehtävä',
  },
  sv: {
    due: 'Senast {date}',
    dueToday: 'Tidsfristen går ut i dag.',
    dueInOne: '{days} dag kvar.',
    dueInOther: '{days} dagar kvar.',
    duePassed: 'Tidsfristen har gått ut. Sköt ärendet så snart som möjligt.',
    'kind.deadline': 'Tidsfrist',
    'kind.unfinished-form': 'Oavslutad',
    'kind.status': 'Läge',
    'kind.task': 'Uppgift',
  },
  en: {
    due: 'Due {date}',
    dueToday: 'Due today.',
    dueInOne: '{days} day left.',
    dueInOther: '{days} days left.',
    duePassed: 'The deadline has passed. Please see to this as soon as possible.',
    'kind.deadline': 'Deadline',
    'kind.unfinished-form': 'Unfinished',
    'kind.status': 'Status',
    'kind.task': 'Task',
  },
});

export type MessageKey = keyof (typeof messages)['fi'];
