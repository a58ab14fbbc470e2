import { areaFrontStyles } from '@portal/ui-kit/area-front.styles.js';

// The area's front page: the reports waiting on top, then every offer (the kit's front page layout).
export const styles = areaFrontStyles('offers');
