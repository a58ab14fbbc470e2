import { LandingNotice } from '../components/shell-page/shell-page.js';

/** Reads and removes the one-shot notices the backend's redirects carry in the query. */
export function takeLandingNotice(): LandingNotice | undefined {
  const url = new URL(window.location.href);
  let notice: LandingNotice | undefined;
  if (url.searchParams.get('signin') === 'cancelled') notice = LandingNotice.signInCancelled;
  if (url.searchParams.has('signedout')) notice = LandingNotice.signedOut;
  if (notice) {
    url.searchParams.delete('signin');
    url.searchParams.delete('signedout');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }
  return notice;
}
