// An rspack loader that minifies the CSS in lit's css`` templates before SWC compiles the file. The
// JavaScript minifier keeps template text as it is, so every comment, indent and newline of every
// component's styles used to ship: about 440 bytes (brotli) of the signed-out front page alone.
// Only the template's static text is touched (never a `${…}` expression), and never inside a CSS
// string: comments go, runs of whitespace become one space, and the spaces beside { } ; , and after : go.

/** A CSS string ('…' or "…"), or a run of whitespace and comments: what the first pass looks at. */
const CSS_TOKENS = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?:\s|\/\*[\s\S]*?\*\/)+/g;
/** A CSS string, a punctuation mark with at most one space either side, or a colon and its space. */
const CSS_PUNCTUATION = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')| ?([{};,]) ?|(:) /g;

/** CSS text without comments and without the whitespace it does not need. */
export function minifyCss(css) {
  return css
    .replace(CSS_TOKENS, (token, string) => string ?? ' ')
    .replace(CSS_PUNCTUATION, (token, string, mark, colon) => string ?? mark ?? colon);
}

/**
 * A template's text with its static parts minified and its `${…}` expressions as they were. A space
 * that touches an expression stays (`solid ${colour}` must not become `solid${colour}`).
 */
function minifyTemplate(body) {
  let out = '';
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      i++;
      continue;
    }
    if (body[i] !== '$' || body[i + 1] !== '{') continue;
    out += minifyStatic(body.slice(start, i), start > 0, true);
    let depth = 0;
    let end = i + 1;
    for (; end < body.length; end++) {
      if (body[end] === '{') depth++;
      else if (body[end] === '}' && --depth === 0) break;
    }
    out += body.slice(i, end + 1);
    start = end + 1;
    i = end;
  }
  return out + minifyStatic(body.slice(start), start > 0, false);
}

/** A static part: minified, keeping one space where it meets an expression on either side. */
function minifyStatic(text, afterExpression, beforeExpression) {
  const minified = minifyCss(text);
  const trimmed = minified.trim();
  const lead = afterExpression && /^\s/.test(minified) && !/^[{};,]/.test(trimmed) ? ' ' : '';
  const trail = beforeExpression && /\s$/.test(minified) && !/[{};,]$/.test(trimmed) ? ' ' : '';
  // Between two expressions a space may separate them (`${a} ${b}`); at either end of the template, not.
  if (trimmed === '') return afterExpression && beforeExpression && minified !== '' ? ' ' : '';
  return lead + trimmed + trail;
}

/** Every css`…` template of a source file minified; everything else untouched. */
export function minifyCssLiterals(source) {
  return source.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (whole, body) => `css\`${minifyTemplate(body)}\``);
}

export default function cssLiteralsLoader(source) {
  return minifyCssLiterals(source);
}
