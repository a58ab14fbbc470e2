// The legacy Oma asiointi pages' side of the portal bridge (shared-contracts/src/legacy-bridge.ts).
// Plain JavaScript on purpose: legacy pages have no bundler. A backend test (legacy/bridge.test.ts)
// holds the topics, protocol and version below to the contract.
//
// Only inside the portal's iframe (the page was opened with ?embedded=1 and has a parent window).
// Messages go only to the portal's origin, which the server writes into data-portal-origin (never
// a wildcard), and only messages from that origin and from the parent window itself are accepted.
(function () {
  'use strict';

  var PROTOCOL = 'portal-legacy-bridge';
  var VERSION = 1;
  /** Portal → legacy page. */
  var PORTAL_TO_LEGACY_TOPICS = ['session', 'locale'];
  /** Legacy page → portal. */
  var LEGACY_TO_PORTAL_TOPICS = ['page', 'resize', 'navigate', 'keep-alive'];
  var SESSION_STATUSES = ['signed-in', 'signed-out', 'expired'];
  var LOCALES = ['fi', 'sv', 'en'];
  var MAX_HEIGHT = 100000;

  var root = document.documentElement;
  var data = root.dataset;
  if (data.legacyEmbedded !== '1' || window.parent === window) return;
  var portalOrigin = data.portalOrigin;
  if (!portalOrigin) {
    console.warn('Legacy bridge: no data-portal-origin on the page; the bridge stays off.');
    return;
  }
  var parentWindow = window.parent;

  /** A path of this portal: one leading "/", not "//host". */
  function isPath(value) {
    return typeof value === 'string' && value.length <= 2000 && /^\/(?!\/)/.test(value);
  }

  function send(topic, payload) {
    if (LEGACY_TO_PORTAL_TOPICS.indexOf(topic) === -1) return;
    parentWindow.postMessage({ protocol: PROTOCOL, version: VERSION, topic: topic, payload: payload }, portalOrigin);
  }

  var lastHeight = -1;
  function sendHeight() {
    var body = document.body;
    if (!body) return;
    var height = Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(body.getBoundingClientRect().height)));
    if (height === lastHeight) return;
    lastHeight = height;
    send('resize', { height: height });
  }

  /** Personal data goes at once: the page shows only that the session has ended (the portal asks to sign in). */
  function showSessionEnded() {
    var main = document.createElement('main');
    main.className = 'legacy-main';
    var heading = document.createElement('h1');
    heading.textContent = data.endedTitle || '';
    var text = document.createElement('p');
    text.textContent = data.endedText || '';
    main.appendChild(heading);
    main.appendChild(text);
    document.body.replaceChildren(main);
    sendHeight();
  }

  function reloadIn(locale) {
    var url = new URL(window.location.href);
    url.searchParams.set('lang', locale);
    window.location.replace(url.toString());
  }

  function hasOnlyKeys(value, keys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    var own = Object.keys(value);
    return (
      own.length === keys.length &&
      keys.every(function (key) {
        return own.indexOf(key) !== -1;
      })
    );
  }

  /** The envelope and a portal → legacy topic with its payload, exactly (strict objects, as the contract's schemas). */
  function isPortalMessage(message) {
    if (!hasOnlyKeys(message, ['protocol', 'version', 'topic', 'payload'])) return false;
    if (message.protocol !== PROTOCOL || message.version !== VERSION) return false;
    if (PORTAL_TO_LEGACY_TOPICS.indexOf(message.topic) === -1) return false;
    if (message.topic === 'session')
      return hasOnlyKeys(message.payload, ['status']) && SESSION_STATUSES.indexOf(message.payload.status) !== -1;
    if (message.topic === 'locale') return hasOnlyKeys(message.payload, ['locale']) && LOCALES.indexOf(message.payload.locale) !== -1;
    return false;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== portalOrigin || event.source !== parentWindow || !isPortalMessage(event.data)) {
      console.warn('Legacy bridge: dropped a message that is not from the portal or does not fit the protocol.', event.origin);
      return;
    }
    var message = event.data;
    if (message.topic === 'session') {
      if (message.payload.status !== 'signed-in') showSessionEnded();
    } else if (message.topic === 'locale') {
      if (message.payload.locale !== root.lang) reloadIn(message.payload.locale);
    }
  });

  // A link to another part of the portal: the portal navigates (its address bar, its history).
  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var target = event.target;
    var link = target && typeof target.closest === 'function' ? target.closest('a[data-portal-path]') : null;
    if (!link) return;
    var path = link.getAttribute('data-portal-path');
    if (!isPath(path)) return;
    event.preventDefault();
    send('navigate', { path: path });
  });

  function start() {
    var path = data.legacyPath;
    var title = (data.legacyTitle || document.title || '').slice(0, 200);
    if (isPath(path) && title.length > 0) send('page', { path: path, title: title });
    // Loading this page extended the session; the portal's timer follows the server's word.
    if (data.sessionExpires) send('keep-alive', { expiresAt: data.sessionExpires });
    sendHeight();
    if (typeof ResizeObserver === 'function') new ResizeObserver(sendHeight).observe(document.body);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
