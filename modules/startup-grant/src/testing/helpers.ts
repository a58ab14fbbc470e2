// Finding and operating controls in a shadow root, and the phone-width checks: the kit's, the same
// for every area.
export { $, $$, atPhoneWidth, click, expectNoSidewaysScroll, mount, root, squash, text, type } from '@portal/ui-kit/testing';
