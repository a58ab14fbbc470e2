import { MODULE_CONTRACT_VERSION, type ModuleMountProps, type PortalModule } from './module-contract.js';

export interface ElementModuleSpec {
  /** The area's root element, created inside the shell's container at mount. */
  readonly rootElement: string;
  /** Every custom element the module defines (the root included). */
  readonly elements: readonly string[];
  /** Registers the elements; must check `customElements.get` first (a remote can be evaluated twice). */
  readonly define: () => void;
}

/**
 * The single-spa lifecycle of a module whose UI is one root custom element: mount puts the element
 * into the shell's container with the area's base path, unmount takes it out again.
 */
export function createElementModule(spec: ElementModuleSpec): PortalModule {
  const mounted = new WeakMap<HTMLElement, HTMLElement>();
  return {
    contractVersion: MODULE_CONTRACT_VERSION,
    elements: spec.elements,
    async bootstrap() {
      spec.define();
    },
    async mount(props: ModuleMountProps) {
      const element = document.createElement(spec.rootElement);
      element.setAttribute('base-path', props.basePath);
      props.domElement.append(element);
      mounted.set(props.domElement, element);
    },
    async unmount(props: ModuleMountProps) {
      mounted.get(props.domElement)?.remove();
      mounted.delete(props.domElement);
    },
  };
}

/** Defines a custom element once; a second evaluation of the same module is a no-op. */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
