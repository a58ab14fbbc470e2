// The module's federated entry (exposed as "./app"): its single-spa lifecycle and its root element.
// Both elements are small and share the chart, so they are one chunk; the results page needs no
// chunk of its own.
import { createElementModule } from '@portal/shared-contracts';
import { CAREER_RADAR_ELEMENTS, defineCareerRadarElements } from './define.js';

export default createElementModule({
  rootElement: 'career-radar-app',
  elements: CAREER_RADAR_ELEMENTS,
  define: defineCareerRadarElements,
});
