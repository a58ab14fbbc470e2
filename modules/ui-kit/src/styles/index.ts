// @portal/ui-kit/styles: the portal's look, written once. Every area's element starts from
// `baseStyles`; a form adds `formStyles`; an area's front page `areaFrontStyles`.
export { areaFrontStyles } from './area-front.styles.js';
export { baseStyles } from './base.styles.js';
export { calloutStyles } from './callout.styles.js';
export type { CalloutColours } from './callout.styles.js';
export { formStyles } from './form.styles.js';
export { token } from './tokens.js';
export { pickerStyles } from '../picker/picker.styles.js';
