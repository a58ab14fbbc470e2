// The floor app's remote: one Lit element and its single-spa lifecycles.
import { html, LitElement } from 'lit';

class FloorApp extends LitElement {
  override render() {
    return html`<h1>Floor app</h1>
      <p>One Lit element from one remote.</p>`;
  }
}
customElements.define('floor-app', FloorApp);

export const bootstrap = async (): Promise<void> => undefined;
export const mount = async (props: { domElement?: HTMLElement }): Promise<void> => {
  (props.domElement ?? document.body).append(document.createElement('floor-app'));
};
export const unmount = async (): Promise<void> => {
  document.querySelector('floor-app')?.remove();
};
