// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// The pages below the front page are separate chunks the root loads on demand (pages.ts).
import { createElementModule, defineElement } from '@portal/shared-contracts';
import { JobSearchApp } from './job-search-app/job-search-app.js';
import { JOB_SEARCH_ELEMENTS } from './pages.js';

export default createElementModule({
  rootElement: 'job-search-app',
  elements: JOB_SEARCH_ELEMENTS,
  define: () => defineElement('job-search-app', JobSearchApp),
});
