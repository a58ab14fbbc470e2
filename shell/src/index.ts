// The async boundary Module Federation needs: shared modules (lit, the contracts) are negotiated
// before any code that imports them runs.
import('./bootstrap.js')
  .then(({ startShell }) => startShell())
  .catch((error: unknown) => {
    console.error('The portal could not start', error);
    document.getElementById('boot-error')?.removeAttribute('hidden');
  });
