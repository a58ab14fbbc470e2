// Small text operations that run over input from outside (URLs, error messages), written so that
// their time grows linearly with the input: a regular expression that backtracks over a long value
// stalls the one thread that serves everybody (see eslint's regexp/no-super-linear-* rules).

/** The text without the slashes it ends with ("/a/b//" → "/a/b"). */
export function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x2f) end -= 1;
  return text.slice(0, end);
}

/** The text without the slashes it starts or ends with ("//a/b/" → "a/b"). */
export function withoutEdgeSlashes(text: string): string {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 0x2f) start += 1;
  return withoutTrailingSlashes(text.slice(start));
}

// A word in the sense of the functions below: a run of characters between white space and quotes.
const WORD = /[^\s"'<>]+/g;

/**
 * Every URL or path in the text without its query string and fragment, which can carry tokens, codes
 * and search terms: in each word that has a "/" before its first "?" or "#", the rest from that
 * "?" or "#" is dropped ("see https://x.fi/a?token=1" → "see https://x.fi/a"). A word without a
 * slash before the "?" ("what?") is prose and kept.
 */
export function withoutUrlQueries(text: string): string {
  return text.replace(WORD, (word) => {
    const query = word.search(/[?#]/);
    return query > 0 && word.lastIndexOf('/', query) !== -1 ? word.slice(0, query) : word;
  });
}

/**
 * At most `max` characters (whole characters: a surrogate pair is never halved) and, when the text
 * was cut, without the word the cut went through, so that no half of a number or an address is left.
 * A text with no white space to cut at is cut at `max` characters.
 */
export function cutAtWord(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  let end = max;
  while (end > 0 && !/\s/.test(characters[end] ?? '')) end -= 1;
  return characters
    .slice(0, end === 0 ? max : end)
    .join('')
    .trimEnd();
}
