// What only a signed-in person needs, as one chunk the shell loads at the first sign-in
// (attention/attention-at-sign-in.ts): one request, and nothing of it on the signed-out front page.
export { watchAttention } from './attention/area-attention.js';
export { startLanguageChoice } from './session/language-choice.js';
