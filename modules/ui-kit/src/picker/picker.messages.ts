import { defineMessages, formatMessage, type Locale } from '@portal/shared-contracts';

// The picker's own words, apart from the kit's common ones (kit.messages.ts): pages without a picker,
// the front page among them, carry none of these.
const pickerMessages = defineMessages<'results' | 'resultsOne' | 'noResults' | 'remove' | 'added' | 'removed' | 'atMost' | 'chosen'>({
  fi: {
    results: '{count} tulosta. Valitse nuolinäppäimillä ja Enterillä.',
    resultsOne: '1 tulos. Valitse nuolinäppäimillä ja Enterillä.',
    noResults: 'Ei tuloksia.',
    remove: 'Poista',
    added: 'Valittu: {label}.',
    removed: 'Poistettu: {label}.',
    atMost: 'Voit valita enintään {max}. Poista ensin jokin valinta.',
    chosen: 'Valitut',
  },
  sv: {
    results: '{count} träffar. Välj med piltangenterna och Enter.',
    resultsOne: '1 träff. Välj med piltangenterna och Enter.',
    noResults: 'Inga träffar.',
    remove: 'Ta bort',
    added: 'Valt: {label}.',
    removed: 'Borttaget: {label}.',
    atMost: 'Du kan välja högst {max}. Ta först bort något du valt.',
    chosen: 'Valda',
  },
  en: {
    results: '{count} results. Choose with the arrow keys and Enter.',
    resultsOne: '1 result. Choose with the arrow keys and Enter.',
    noResults: 'No results.',
    remove: 'Remove',
    added: 'Chosen: {label}.',
    removed: 'Removed: {label}.',
    atMost: 'You can choose at most {max}. Remove a choice first.',
    chosen: 'Chosen',
  },
});

export function pickerText(
  locale: Locale,
  key: keyof (typeof pickerMessages)['fi'],
  params?: Readonly<Record<string, string | number>>,
): string {
  return formatMessage(pickerMessages[locale][key], params);
}
