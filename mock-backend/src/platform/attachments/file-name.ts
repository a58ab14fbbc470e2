// The name an attachment is stored and downloaded under: the person's own name, refused if it is a
// path or has control characters, without invisible format characters, and with the extension of the
// type found in the content, so a name never says ".pdf" of what is not a PDF (nor seems to).
import { API_ERROR_CODES } from '@portal/shared-contracts';
import {
  ATTACHMENT_FIELD,
  ATTACHMENT_NAME_MAX,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  type AttachmentMediaType,
} from '@portal/shared-contracts/unemployment-security';
import { httpError } from '../errors.js';

// A folder separator means a path; control characters (C0, DEL, C1) and line or paragraph separators
// have no place in a name anyone sees. Refused, never cleaned silently: the person renames the file.
const PATH_OR_CONTROL = /[/\\\p{Cc}\p{Zl}\p{Zp}]/u;

// Format characters are invisible but change what is shown: bidi marks, embeddings, overrides and
// isolates (U+200E/F, U+202A–202E, U+2066–2069: "fdp.exe" shown as "exe.pdf"), zero-width ones, the
// BOM, soft hyphens. Removed: the name then reads as its characters are, and nothing visible is lost.
const FORMAT = /\p{Cf}/gu;

/** The last extension, if the part after the last dot looks like one (a letter in it: "v1.2" has none). */
const EXTENSION = /(?<=[^.])\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,10}$/;

const EXTENSIONS: Readonly<Record<AttachmentMediaType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

function refused(): never {
  throw httpError(
    400,
    API_ERROR_CODES.validationFailed,
    `The file name must be a plain name of 1–${ATTACHMENT_NAME_MAX} characters, without a folder path or control characters.`,
    [{ path: ATTACHMENT_FIELD, message: E.fileName }],
  );
}

/** The person's file name, NFC, without format characters or leading dots; refused if it is not a plain name. */
export function cleanFileName(raw: string): string {
  const name = raw.normalize('NFC').replace(FORMAT, '').trim();
  if (name.length > ATTACHMENT_NAME_MAX || PATH_OR_CONTROL.test(name)) refused();
  // A leading dot hides a file on download; "." and ".." are no names at all.
  const visible = name.replace(/^[.\s]+/, '');
  if (visible === '') refused();
  return visible;
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const found = EXTENSION.exec(name)?.[0].slice(1).toLowerCase();
  return found !== undefined && extensions.includes(found);
}

/**
 * The cleaned name with the extension of the type found in the content: kept when it is one of the
 * type's ("photo.JPG"), otherwise the wrong one dropped and the type's added ("kuva.bin" → "kuva.png",
 * "report.pdf.exe" → "report.pdf", "hakemus" → "hakemus.pdf"). Cut to ATTACHMENT_NAME_MAX.
 */
export function nameWithExtensionOf(name: string, mediaType: AttachmentMediaType): string {
  const extensions = EXTENSIONS[mediaType];
  if (hasExtension(name, extensions)) return name;
  const base = name.replace(EXTENSION, '');
  if (hasExtension(base, extensions)) return base;
  const extension = `.${extensions[0] ?? 'bin'}`;
  // By code points, so a cut never splits a surrogate pair; trailing dots and spaces would double up.
  let end = base.length;
  while (end > 0 && /[.\s]/.test(base.charAt(end - 1))) end -= 1;
  const kept = Array.from(base.slice(0, end))
    .slice(0, ATTACHMENT_NAME_MAX - extension.length)
    .join('');
  return `${kept === '' ? 'liite' : kept}${extension}`;
}
