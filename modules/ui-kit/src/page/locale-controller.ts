import type { ReactiveControllerHost } from 'lit';
import {
  DEFAULT_LOCALE,
  formatDate,
  formatMessage,
  LocaleTopic,
  TopicController,
  type Locale,
  type Messages,
} from '@portal/shared-contracts';
import { formatDateTime } from './dates.js';

export interface LocaleOptions {
  /** Called when the portal's language changes (a page title follows it). */
  readonly changed?: (locale: Locale) => void;
  /**
   * A language that wins over the portal's, when it gives one: an element embedded on a partner
   * page speaks its own `lang`.
   */
  readonly override?: () => Locale | undefined;
}

/**
 * An element's language and its words, as a Lit controller: the language from the bus
 * (`locale.changed@1`, Finnish until the shell says otherwise), `t()` over the element's own
 * messages (fi, sv and en, the same keys), and dates as that language writes them.
 */
export class LocaleController<Key extends string> {
  private readonly topic: TopicController<typeof LocaleTopic>;

  constructor(
    host: ReactiveControllerHost,
    private readonly messages: Messages<Key>,
    private readonly options: LocaleOptions = {},
  ) {
    const changed = options.changed;
    this.topic = new TopicController(host, LocaleTopic, changed ? (value) => changed(value.locale) : undefined);
  }

  /** The language the element speaks now. */
  get language(): Locale {
    return this.options.override?.() ?? this.topic.value?.locale ?? DEFAULT_LOCALE;
  }

  /** One of the element's texts in its language, with `{name}` placeholders filled. */
  t(key: Key, params?: Readonly<Record<string, string | number>>): string {
    return formatMessage(this.messages[this.language][key], params);
  }

  /** A day (yyyy-mm-dd) or a moment's day: 1.3.2025 / 1.3.2025 / 1 March 2025. */
  date(value: string | Date): string {
    return formatDate(value, this.language);
  }

  /** A moment with its time, as a receipt states it. */
  dateTime(value: string | Date): string {
    return formatDateTime(value, this.language);
  }
}
