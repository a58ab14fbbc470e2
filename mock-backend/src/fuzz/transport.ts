// How a body reaches the server, malformed: the wrong or no Content-Type, text that is not JSON,
// bytes that are not UTF-8, a Content-Encoding the bytes do not have (or do: real gzip), a body past
// every size limit; and the headers and URL parts around it (Idempotency-Key, path parameters, query).
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

/** The bytes and headers of one body, and a short note of what was done to it (for the counterexample). */
export interface EncodedBody {
  readonly bytes: Buffer | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly note: string;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** Content-Type headers a client might send instead of the right one; undefined: none at all. */
function contentTypes(right: string): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constant(right) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        undefined,
        'text/plain',
        `${right}; charset=latin1`,
        `${right}; charset=utf-16`,
        `${right}; charset=bogus-7`,
        right === JSON_TYPE ? FORM_TYPE : JSON_TYPE,
        'multipart/form-data; boundary=x',
        'application/merge-patch+json',
        right.toUpperCase(),
        '*/*',
        'application/json, text/html',
        ';;;',
      ),
    },
  );
}

type BodyShape = 'as-is' | 'truncated' | 'not-json' | 'bom' | 'bad-utf8' | 'utf16' | 'gzip' | 'claims-encoding' | 'oversized' | 'empty';

const shapes: fc.Arbitrary<BodyShape> = fc.oneof(
  { weight: 10, arbitrary: fc.constant<BodyShape>('as-is') },
  {
    weight: 6,
    arbitrary: fc.constantFrom<BodyShape>(
      'truncated',
      'not-json',
      'bom',
      'bad-utf8',
      'utf16',
      'gzip',
      'claims-encoding',
      'oversized',
      'empty',
    ),
  },
);

const NOT_JSON = [
  '{',
  '}',
  'null',
  '"text"',
  '[]',
  '1',
  'true',
  '{"a":1,}',
  "{'a':1}",
  '{"a":1}{"b":2}',
  '\u0000',
  'undefined',
  '{"__proto__":{"polluted":1}}',
];

/** The body's bytes after `shape`, with any header the shape needs (Content-Encoding). */
function shaped(text: string, shape: BodyShape, pick: number): { bytes: Buffer; headers: Record<string, string> } {
  const utf8 = Buffer.from(text, 'utf8');
  switch (shape) {
    case 'as-is':
      return { bytes: utf8, headers: {} };
    case 'truncated':
      return { bytes: utf8.subarray(0, pick % Math.max(1, utf8.length)), headers: {} };
    case 'not-json':
      return { bytes: Buffer.from(NOT_JSON[pick % NOT_JSON.length] ?? '{', 'utf8'), headers: {} };
    case 'bom':
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), headers: {} };
    case 'bad-utf8':
      return {
        bytes: Buffer.concat([
          utf8.subarray(0, pick % (utf8.length + 1)),
          Buffer.from([0xff, 0xc0, 0xe0, 0x80]),
          utf8.subarray(pick % (utf8.length + 1)),
        ]),
        headers: {},
      };
    case 'utf16':
      return { bytes: Buffer.from(text, 'utf16le'), headers: {} };
    case 'gzip':
      return { bytes: gzipSync(utf8), headers: { 'content-encoding': 'gzip' } };
    case 'claims-encoding':
      return {
        bytes: utf8,
        headers: { 'content-encoding': ['gzip', 'deflate', 'br', 'x-zip', 'gzip, br', 'identity', 'GZIP', ''][pick % 8] ?? 'gzip' },
      };
    case 'oversized':
      // Past the 100 KB of /api and /office-api and the 64 KB of /admin-api; the text still parses.
      return { bytes: Buffer.from(`{"pad":"${'x'.repeat(110_000 + (pick % 1000))}","body":${text || 'null'}}`, 'utf8'), headers: {} };
    case 'empty':
      return { bytes: Buffer.alloc(0), headers: {} };
  }
}

/** A body's text (JSON, or a form) sent as `right` is meant to be sent, or malformed in transport. */
export function encodedBody(text: fc.Arbitrary<string>, right: 'json' | 'form'): fc.Arbitrary<EncodedBody> {
  const type = right === 'json' ? JSON_TYPE : FORM_TYPE;
  return fc.tuple(text, shapes, fc.nat(), contentTypes(type)).map(([body, shape, pick, contentType]) => {
    const { bytes, headers } = shaped(body, shape, pick);
    return {
      bytes,
      headers: { ...(contentType === undefined ? {} : { 'content-type': contentType }), ...headers },
      note: shape,
    };
  });
}

const BOUNDARY = 'fuzzBoundary7MA4YWxk';

/** File contents by their first bytes: what the upload accepts (PDF, PNG, JPEG) and what it must not. */
const fileBytes = fc.oneof(
  fc.constantFrom(
    Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    Buffer.from('MZ\u0090\u0000executable'),
    Buffer.alloc(0),
  ),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);

const fileName = fc.oneof(
  fc.constantFrom('liite.pdf', 'a.png', '', '../../etc/passwd', 'ä"\r\n.pdf', 'x'.repeat(300), 'nul\u0000.pdf', '\uD800.pdf'),
  fc.string({ maxLength: 12 }),
);

/** A multipart/form-data body of one file, or of a malformed shape (two files, wrong field, cut short, no boundary). */
export const multipartBody: fc.Arbitrary<EncodedBody> = fc
  .tuple(
    fileBytes,
    fileName,
    fc.constantFrom('file', 'file', 'files', ''),
    fc.constantFrom('ok', 'ok', 'two-files', 'cut', 'no-boundary', 'text-field', 'empty'),
  )
  .map(([bytes, name, field, shape]) => {
    const part = (fieldName: string) =>
      Buffer.concat([
        Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${fieldName}"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
          'utf8',
        ),
        bytes,
        Buffer.from('\r\n'),
      ]);
    const end = Buffer.from(`--${BOUNDARY}--\r\n`);
    const parts: Record<typeof shape, Buffer> = {
      ok: Buffer.concat([part(field), end]),
      'two-files': Buffer.concat([part(field), part(field), end]),
      cut: part(field).subarray(0, 40),
      'no-boundary': Buffer.concat([part(field), end]),
      'text-field': Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${name}\r\n`), end]),
      empty: Buffer.alloc(0),
    };
    const contentType = shape === 'no-boundary' ? 'multipart/form-data' : `multipart/form-data; boundary=${BOUNDARY}`;
    return { bytes: parts[shape], headers: { 'content-type': contentType }, note: `multipart ${shape}, field "${field}"` };
  });

/** An Idempotency-Key as the forms send it (a UUID), or one the server must refuse; undefined: none. */
export const idempotencyKeys: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.uuid() },
  // One key again and again, on every route and body: a repeat must get the first receipt or a 4xx.
  { weight: 2, arbitrary: fc.constant('fuzz-repeated-key') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined,
      '',
      'short',
      'k'.repeat(101),
      'has space in it',
      'äääääääää',
      '12345678',
      'a,b,c,d,e,f,g,h',
      '../../../x',
      '%00%00%00%00',
    ),
  },
);

/**
 * A path parameter as it appears in the URL (already percent-encoded): a known id, a random one, or
 * malformed (bad percent-encoding, a NUL, dot segments, very long, non-ASCII, an upper-case UUID).
 */
export function pathParameter(known: readonly string[]): fc.Arbitrary<string> {
  const hostile = fc.constantFrom(
    '%E0',
    '%00',
    '%',
    '%25',
    '%2e%2e',
    '..',
    '%2F',
    '%C0%AE',
    '%FF',
    '%F0%9F%98',
    '%C3%A4',
    'a'.repeat(5_000),
    '0',
    '%20',
    'ID',
  );
  const valid = known.length > 0 ? fc.constantFrom(...known) : fc.uuid();
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 1, arbitrary: valid.map((id) => id.toUpperCase()) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 3, arbitrary: hostile },
  );
}

/** A query string (with its "?"), mostly none: repeated and bracketed parameters, pollution, length. */
export const queryStrings: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '?a=1&a=2',
      '?a[]=1&a[b]=2',
      '?__proto__[polluted]=1&constructor[prototype][polluted]=1',
      `?q=${'x'.repeat(8_000)}`,
      '?%E0=%E0',
      '?returnTo=//evil.example&lang=xx',
      '?area=profile&area=plan',
      '?&&&==&',
    ),
  },
);

/**
 * Cookie headers a client made up: a session cookie that is not valid percent-encoding, unsigned,
 * signed with nothing, very long, given twice; cookies without names or values.
 */
export function forgedCookies(name: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    `${name}=%E0%A4%A`,
    `${name}=s%3Aabc.def`,
    `${name}=s%3A${'0'.repeat(32)}.${'A'.repeat(43)}`,
    `${name}=${'a'.repeat(4_000)}`,
    `${name}=x; ${name}=y`,
    `${name}`,
    '=; ;;=',
    `${name}=%00`,
    `${name}="quoted"`,
  );
}
