import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import { baseStyles } from '../styles/base.styles.js';
import { formStyles } from '../styles/form.styles.js';
import { $, $$, atPhoneWidth, expectNoSidewaysScroll, squash, type } from '../testing/shadow-dom.js';
import { matchesQuery, picker, PickerState } from './picker.js';
import { pickerStyles } from './picker.styles.js';

const PLACES = [
  { value: '091', label: 'Helsinki' },
  { value: '049', label: 'Espoo' },
  { value: '609', label: 'Pori' },
  { value: '611', label: 'Pornainen' },
  { value: '989', label: 'Ähtäri' },
  { value: '284', label: 'Koski Tl' },
  { value: '599', label: 'Pedersören kunta' },
  { value: '287', label: 'Kristiinankaupunki' },
];

/** A form with one picker, as an area's form has it: values in the form's model, state beside it. */
class UiKitPickerTest extends LitElement {
  static override styles = [baseStyles, formStyles, pickerStyles];
  static override properties = { values: { state: true }, error: { state: true }, multiple: { type: Boolean } };
  declare values: string[];
  declare error: string | undefined;
  declare multiple: boolean;
  readonly state = new PickerState(this);

  constructor() {
    super();
    this.values = [];
    this.error = undefined;
    this.multiple = true;
  }

  protected override render(): TemplateResult {
    return html`<form novalidate>
      ${picker({
        path: 'soughtWork.regions',
        label: 'Kunnat',
        hint: 'Kirjoita kunnan nimen alku.',
        error: this.error,
        locale: 'fi',
        options: PLACES,
        values: this.values,
        multiple: this.multiple,
        max: 3,
        state: this.state,
        onChange: (values) => (this.values = values),
      })}
      <button>Jatka</button>
    </form>`;
  }
}
customElements.define('ui-kit-picker-test', UiKitPickerTest);

const input = (el: UiKitPickerTest) => $<HTMLInputElement>(el, '#soughtWork-regions');
const shown = (el: UiKitPickerTest) => $$(el, '[role="option"]').map((option) => squash(option.textContent));
const status = (el: UiKitPickerTest) => squash($(el, '[role="status"]').textContent);
const chips = (el: UiKitPickerTest) => $$(el, '.chip').map((chip) => squash(chip.textContent));

async function press(el: UiKitPickerTest, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('ui-kit picker', () => {
  afterEach(() => fixtureCleanup());

  it('matches the start of the name or of a word, case and accents aside', () => {
    expect(matchesQuery('Helsinki', 'hels')).to.equal(true);
    expect(matchesQuery('Pori', 'Pori')).to.equal(true);
    expect(matchesQuery('Pornainen', 'pori')).to.equal(false);
    expect(matchesQuery('Ähtäri', 'ahtari')).to.equal(true);
    expect(matchesQuery('Koski Tl', 'tl')).to.equal(true);
    expect(matchesQuery('Kristiinankaupunki', 'kaupunki')).to.equal(false);
    expect(matchesQuery('Pedersören kunta', 'PEDERSÖREN K')).to.equal(true);
  });

  it('is a combobox with a listbox: filtered as typed, the count said politely, accessible open and closed', async () => {
    const el = await fixture<UiKitPickerTest>(html`<ui-kit-picker-test></ui-kit-picker-test>`);
    const box = input(el);
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-controls')).to.equal('soughtWork-regions-listbox');
    expect(box.getAttribute('aria-describedby')).to.equal('soughtWork-regions-hint');
    expect($(el, 'label').getAttribute('for')).to.equal('soughtWork-regions');
    await expect(el).to.be.accessible();

    await type(el, 'soughtWork-regions', 'po');
    expect(shown(el)).to.deep.equal(['Pori', 'Pornainen']);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(status(el)).to.equal('2 tulosta. Valitse nuolinäppäimillä ja Enterillä.');
    await expect(el).to.be.accessible();

    await type(el, 'soughtWork-regions', 'pori');
    expect(shown(el)).to.deep.equal(['Pori']);
    expect(status(el)).to.match(/^1 tulos\./);
    await type(el, 'soughtWork-regions', 'xyz');
    expect(shown(el)).to.deep.equal([]);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(status(el)).to.equal('Ei tuloksia.');
  });

  it('by keyboard: arrows move the active option, Enter chooses it (and does not send the form), Escape closes', async () => {
    const el = await fixture<UiKitPickerTest>(html`<ui-kit-picker-test></ui-kit-picker-test>`);
    let sent = false;
    $(el, 'form').addEventListener('submit', (event) => {
      event.preventDefault();
      sent = true;
    });
    input(el).focus();
    await sendKeys({ type: 'p' });
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Pori', 'Pornainen', 'Pedersören kunta']);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('soughtWork-regions-option-1');
    expect($(el, '#soughtWork-regions-option-1').classList.contains('active')).to.equal(true);
    await press(el, 'ArrowUp');
    await press(el, 'Enter');
    expect(el.values).to.deep.equal(['609']);
    expect(sent).to.equal(false);
    expect(input(el).value).to.equal('');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(status(el)).to.equal('Valittu: Pori.');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));

    // Escape closes the list; a second Escape clears what was typed.
    await sendKeys({ type: 'hel' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await press(el, 'Escape');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).value).to.equal('hel');
    await press(el, 'Escape');
    expect(input(el).value).to.equal('');
    // ArrowDown on an empty input opens the whole list.
    await press(el, 'ArrowDown');
    expect(shown(el).length).to.equal(PLACES.length);
    expect($(el, '[aria-selected="true"]').textContent).to.contain('Pori');
  });

  it('chosen ones are chips with a "Poista …" button; removing moves focus to the input; at most max', async () => {
    const el = await fixture<UiKitPickerTest>(html`<ui-kit-picker-test></ui-kit-picker-test>`);
    el.values = ['091', '049'];
    await el.updateComplete;
    expect(chips(el)).to.deep.equal(['Poista Helsinki×', 'Poista Espoo×']);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.chip').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.values).to.deep.equal(['049']);
    expect(status(el)).to.equal('Poistettu: Helsinki.');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));

    el.values = ['091', '049', '609'];
    await type(el, 'soughtWork-regions', 'ähtäri');
    $<HTMLElement>(el, '[role="option"]').click();
    await el.updateComplete;
    expect(el.values).to.deep.equal(['091', '049', '609']);
    expect(status(el)).to.equal('Voit valita enintään 3. Poista ensin jokin valinta.');
  });

  it('one value when not multiple: a choice replaces the one before', async () => {
    const el = await fixture<UiKitPickerTest>(html`<ui-kit-picker-test .multiple=${false}></ui-kit-picker-test>`);
    await type(el, 'soughtWork-regions', 'esp');
    $<HTMLElement>(el, '[role="option"]').click();
    await el.updateComplete;
    await type(el, 'soughtWork-regions', 'hel');
    $<HTMLElement>(el, '[role="option"]').click();
    await el.updateComplete;
    expect(el.values).to.deep.equal(['091']);
    expect($(el, '[role="listbox"]').hasAttribute('aria-multiselectable')).to.equal(false);
  });

  it('in error: the message is read with the input; accessible; fits 320 px with chips and the list open', async () => {
    const el = await fixture<UiKitPickerTest>(html`<ui-kit-picker-test></ui-kit-picker-test>`);
    el.error = 'Valitse kunta.';
    el.values = ['599', '287'];
    await el.updateComplete;
    expect(input(el).getAttribute('aria-describedby')).to.equal('soughtWork-regions-hint soughtWork-regions-error');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await type(el, 'soughtWork-regions', 'k');
    await expect(el).to.be.accessible();
    await atPhoneWidth(el, () => expectNoSidewaysScroll(el));
  });
});
