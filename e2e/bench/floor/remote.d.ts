// The floor app's remote, as its host imports it: resolved by Module Federation at run time.
declare module 'floor_remote/app' {
  export const bootstrap: () => Promise<void>;
  export const mount: (props: { domElement?: HTMLElement }) => Promise<void>;
  export const unmount: () => Promise<void>;
}
