// The career radar on a partner's page (a municipality, an unemployment fund, a school), on another
// origin and without the shell: the entry of `dist/embed/embed.js` (createEmbedConfig), loaded by
//
//   <script type="module" src="https://<portal>/embed/career-radar/embed.js"></script>
//   <career-radar-app lang="sv"></career-radar-app>
//
// It only defines elements: no single-spa, no shell, no routing of the page (the elements publish
// navigation requests only when the shell's route is on the bus, which it never is here). The page
// hears from the element only through its documented DOM events (`career-radar-completed`).
// Which elements are embeddable, and which need sign-in, is package.json's `portal.embeddable`,
// compiled in by the build as `__PORTAL_EMBEDDABLE__`; `career-radar-results` needs sign-in and so
// is the kit's notice with a link to the portal on any other origin.
import { CAREER_RADAR_AREA, CAREER_RADAR_ROUTE } from '@portal/shared-contracts/career-radar';
import { defineEmbeddableElements, type EmbeddableElement } from '@portal/shared-contracts/embed';
import { CareerRadarApp, CareerRadarResults } from './define.js';

declare const __PORTAL_EMBEDDABLE__: readonly EmbeddableElement[];

/**
 * The portal is where this file came from, never the page it runs on. (`new URL('/', import.meta.url)`
 * would be taken by the bundler for a file to bundle.)
 */
const portalUrl = new URL(import.meta.url).origin;

/**
 * Links from the element to portal pages (a suggestion's service, the results) go to the portal,
 * not to a path of the partner's site. Set in the constructor, so a `portal-url` attribute the page
 * writes (applied after construction) still wins.
 */
class EmbeddedCareerRadarApp extends CareerRadarApp {
  constructor() {
    super();
    this.portalUrl = portalUrl;
  }
}

class EmbeddedCareerRadarResults extends CareerRadarResults {
  constructor() {
    super();
    this.portalUrl = portalUrl;
  }
}

defineEmbeddableElements({
  area: CAREER_RADAR_AREA,
  scriptUrl: import.meta.url,
  embeddable: __PORTAL_EMBEDDABLE__,
  elements: { 'career-radar-app': EmbeddedCareerRadarApp, 'career-radar-results': EmbeddedCareerRadarResults },
  portalPath: CAREER_RADAR_ROUTE,
});
