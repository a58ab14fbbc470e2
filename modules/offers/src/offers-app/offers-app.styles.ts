import { areaFrontStyles } from '@portal/ui-kit/styles';

// The area's front page: the reports waiting on top, then every offer (the kit's front page layout).
export const styles = areaFrontStyles('offers');
