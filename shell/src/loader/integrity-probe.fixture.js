// Loaded as a classic script by integrity.test.ts, which checks that the browser runs it only when
// its bytes match the integrity value it was given.
window.__integrityProbe = (window.__integrityProbe || 0) + 1;
