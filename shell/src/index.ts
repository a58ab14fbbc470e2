// A browser with ES modules but without custom elements or shadow DOM cannot run the portal:
// say so plainly instead of leaving a blank page.
if (!('customElements' in window) || !('attachShadow' in Element.prototype)) {
  document.getElementById('unsupported')?.removeAttribute('hidden');
  throw new Error('Custom elements and shadow DOM are required');
}

// The async boundary Module Federation needs: shared modules (lit, the contracts) are negotiated
// before any code that imports them runs.
import('./bootstrap.js')
  .then(({ startShell }) => startShell())
  .catch((error: unknown) => {
    console.error('The portal could not start', error);
    document.getElementById('boot-error')?.removeAttribute('hidden');
  });
