import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fieldError, hintText, describedBy, type ControlBase, type Option } from '../form/form-controls.js';
import { fieldId } from '../form/form-errors.js';
import { pickerText } from './picker.messages.js';

// A searchable picker for a long list (308 municipalities, 248 countries): the ARIA 1.2 combobox
// with a listbox (the pattern of GOV.UK's accessible-autocomplete). A text input filters the
// options as the person types; arrow keys move in the matches, Enter chooses, Escape closes; a
// polite status says how many match; the chosen ones are chips, each a "Remove …" button. Like the
// kit's other controls it is a template rendered into the form's own shadow root, so the label's
// `for`, `aria-describedby` and the error summary's link (the input has the field's id) all work by
// id; what it remembers between renders (the typed text, the open list, the active option) is a
// `PickerState` the form keeps. The chosen values go to the form's model through `onChange`, like
// a checkbox group's.

/** Lower case without accents, so "hels" finds Helsinki and "ahtari" Ähtäri. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether `label` matches what was typed: the start of the whole label or of one of its words
 * ("pori" → Pori, "kaupunki" → Kristiinankaupunki does not, "k" → Koski Tl and Maalahti's Swedish
 * name is not searched), case and accents aside. An empty query matches everything.
 */
export function matchesQuery(label: string, query: string): boolean {
  const q = fold(query.trim());
  if (q === '') return true;
  const text = fold(label);
  return text.startsWith(q) || text.split(/[\s\-–(),./:']+/u).some((word) => word.startsWith(q));
}

/** The host a picker re-renders: the form element (a LitElement). */
type PickerHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a picker remembers between renders; one per picker, kept by the form. */
export class PickerState {
  query = '';
  open = false;
  /** Index in the matches of the option the arrow keys are on; -1 none. */
  active = -1;
  /** What the status last said (a count, "Chosen: …"); read politely. */
  status = '';

  constructor(private readonly host: PickerHost) {}

  /** Changes and re-renders. */
  set(patch: Partial<Pick<PickerState, 'query' | 'open' | 'active' | 'status'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Focus back to the input once the host has rendered (a removed chip's button is gone). */
  async focusInput(id: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.focus();
  }
}

export interface PickerOptions extends ControlBase {
  readonly label: string;
  readonly options: readonly Option[];
  readonly values: readonly string[];
  readonly state: PickerState;
  /** One value (a chosen one replaces it) or several, up to `max`. */
  readonly multiple?: boolean;
  readonly max?: number;
  readonly onChange: (values: string[]) => void;
}

function statusFor(o: PickerOptions, count: number): string {
  if (count === 0) return pickerText(o.locale, 'noResults');
  return count === 1 ? pickerText(o.locale, 'resultsOne') : pickerText(o.locale, 'results', { count });
}

/** The matches of what was typed; all the options when nothing is (the list opened by arrow key). */
function matchesOf(o: PickerOptions): readonly Option[] {
  return o.options.filter((option) => matchesQuery(option.label, o.state.query));
}

function choose(o: PickerOptions, option: Option, id: string): void {
  const { state } = o;
  const chosen = o.values.includes(option.value);
  let next: string[];
  let status: string;
  if (!o.multiple) {
    next = [option.value];
    status = pickerText(o.locale, 'added', { label: option.label });
  } else if (chosen) {
    next = o.values.filter((value) => value !== option.value);
    status = pickerText(o.locale, 'removed', { label: option.label });
  } else if (o.max !== undefined && o.values.length >= o.max) {
    state.set({ status: pickerText(o.locale, 'atMost', { max: o.max }) });
    return;
  } else {
    next = [...o.values, option.value];
    status = pickerText(o.locale, 'added', { label: option.label });
  }
  // The typed text has done its work: the list closes and the input is ready for the next one.
  state.set({ query: '', open: false, active: -1, status });
  o.onChange(next);
  void state.focusInput(id);
}

function remove(o: PickerOptions, option: Option, id: string): void {
  o.state.set({ status: pickerText(o.locale, 'removed', { label: option.label }) });
  o.onChange(o.values.filter((value) => value !== option.value));
  void o.state.focusInput(id);
}

function onKeydown(o: PickerOptions, event: KeyboardEvent, matches: readonly Option[], id: string): void {
  const { state } = o;
  switch (event.key) {
    case 'ArrowDown': {
      event.preventDefault();
      if (!state.open) state.set({ open: true, active: matches.length > 0 ? 0 : -1, status: statusFor(o, matches.length) });
      else state.set({ active: Math.min(state.active + 1, matches.length - 1) });
      break;
    }
    case 'ArrowUp': {
      if (!state.open) return;
      event.preventDefault();
      state.set({ active: Math.max(state.active - 1, 0) });
      break;
    }
    case 'Enter': {
      // Never sends the form from here: Enter in the picker chooses.
      if (!state.open) return;
      event.preventDefault();
      const option = matches[state.active] ?? (matches.length === 1 ? matches[0] : undefined);
      if (option) choose(o, option, id);
      break;
    }
    case 'Escape': {
      if (state.open) {
        event.preventDefault();
        state.set({ open: false, active: -1 });
      } else if (state.query !== '') {
        event.preventDefault();
        state.set({ query: '' });
      }
      break;
    }
    default:
  }
}

/** The picker: label, hint, error, the chosen chips, the combobox input, its listbox and status. */
export function picker(o: PickerOptions): TemplateResult {
  const id = fieldId(o.path);
  const listId = `${id}-listbox`;
  const statusId = `${id}-status`;
  const { state } = o;
  const matches = state.open ? matchesOf(o) : [];
  const open = state.open && matches.length > 0;
  const activeOption = open ? matches[state.active] : undefined;
  const optionId = (index: number) => `${id}-option-${index}`;
  const byValue = new Map(o.options.map((option) => [option.value, option]));
  const chosen = o.values.map((value) => byValue.get(value) ?? { value, label: value });
  return html`<div class="field picker ${o.error ? 'has-error' : ''}">
    <label id="${id}-label" for=${id}>${o.label}</label>
    ${hintText(id, o.hint)} ${fieldError(id, o.error, o.locale)}
    ${
      chosen.length > 0
        ? html`<ul class="chips" aria-label=${`${pickerText(o.locale, 'chosen')}: ${o.label}`}>
          ${chosen.map(
            (option) =>
              html`<li>
                <button type="button" class="chip" @click=${() => remove(o, option, id)}>
                  <span class="visually-hidden">${pickerText(o.locale, 'remove')} </span>${option.label}<span class="chip-x" aria-hidden="true">×</span>
                </button>
              </li>`,
          )}
        </ul>`
        : nothing
    }
    <input
      id=${id}
      name=${id}
      class="input"
      type="text"
      role="combobox"
      aria-labelledby="${id}-label"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${listId}
      aria-activedescendant=${activeOption ? optionId(state.active) : nothing}
      aria-describedby=${describedBy(o.hint ? `${id}-hint` : undefined, o.error ? `${id}-error` : undefined)}
      aria-invalid=${o.error ? 'true' : 'false'}
      .value=${state.query}
      @input=${(event: Event) => {
        const query = (event.target as HTMLInputElement).value;
        const count = o.options.filter((option) => matchesQuery(option.label, query)).length;
        state.set({ query, open: query.trim() !== '', active: -1, status: query.trim() !== '' ? statusFor(o, count) : '' });
      }}
      @keydown=${(event: KeyboardEvent) => onKeydown(o, event, matches, id)}
      @blur=${() => state.open && state.set({ open: false, active: -1 })}
    />
    <ul
      id=${listId}
      class="listbox"
      role="listbox"
      aria-label=${o.label}
      aria-multiselectable=${o.multiple ? 'true' : nothing}
      ?hidden=${!open}
    >
      ${matches.map(
        (option, index) =>
          // The keyboard reaches the options through the combobox (arrow keys, aria-activedescendant),
          // as the ARIA pattern has it: an option never takes focus, so a click is its only event.
          // eslint-disable-next-line lit-a11y/click-events-have-key-events
          html`<li
            id=${optionId(index)}
            role="option"
            class=${index === state.active ? 'active' : ''}
            aria-selected=${o.values.includes(option.value) ? 'true' : 'false'}
            @mousedown=${(event: MouseEvent) => event.preventDefault()}
            @click=${() => choose(o, option, id)}
          >
            ${option.label}
          </li>`,
      )}
    </ul>
    <div id=${statusId} class="visually-hidden" role="status">${state.status}</div>
  </div>`;
}
