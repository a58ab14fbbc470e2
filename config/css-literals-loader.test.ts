// The css`` minifier of the build: what it removes, and what it must never touch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyCssLiterals } from './css-literals-loader.mjs';

test('comments, indentation and the spaces beside punctuation go', () => {
  assert.equal(
    minifyCss('\n  :host {\n    display: block; /* why */\n  }\n  a:focus-visible,\n  b > c {\n    color: red;\n  }\n').trim(),
    ':host{display:block;}a:focus-visible,b > c{color:red;}',
  );
  assert.equal(
    minifyCss('@media (max-width: 40rem) {\n  a { margin: 0 calc(1rem + 2px); }\n}'),
    '@media (max-width:40rem){a{margin:0 calc(1rem + 2px);}}',
  );
});

test('CSS strings are kept as written', () => {
  assert.equal(
    minifyCss(`a::before { content: "a;  b /* c */"; } b { content: ' , '; }`),
    `a::before{content:"a;  b /* c */";}b{content:' , ';}`,
  );
});

test('expressions are kept whole, with the spaces that separate them from the text', () => {
  const source =
    "const s = css`\n  .a ${sel} {\n    border: 1px solid ${token.x};\n    margin: 0 ${gap} 0;\n  }\n  ${more}\n  ${calloutStyles('.a', '.b')}\n`;";
  assert.equal(
    minifyCssLiterals(source),
    "const s = css`.a ${sel}{border:1px solid ${token.x};margin:0 ${gap} 0;}${more} ${calloutStyles('.a', '.b')}`;",
  );
});

test('only css`` templates change: html`` templates and other code stay as they are', () => {
  const source = 'const t = html`<p>  two  spaces; kept </p>`;\nconst u = `a  {  b }`;\nconst s = css` a  { b: c } `;';
  assert.equal(minifyCssLiterals(source), 'const t = html`<p>  two  spaces; kept </p>`;\nconst u = `a  {  b }`;\nconst s = css`a{b:c}`;');
});
