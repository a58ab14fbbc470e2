// The floor app's host: single-spa with one application, a Lit remote named at build time, the way
// the Module Federation and single-spa guides set it up. The bench compares the portal with it.
import { registerApplication, start } from 'single-spa';

registerApplication({
  name: 'floor-remote',
  // Resolved by the MF plugin from the remote declared in the build (floor.ts).
  app: () => import('floor_remote/app'),
  activeWhen: () => true,
});
start();
