// The stored name: the person's own, NFC, without invisible format characters, and with the
// extension of the type found in the content; a path or a control character is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ATTACHMENT_NAME_MAX } from '@portal/shared-contracts/unemployment-security';
import { HttpError } from '../errors.js';
import { cleanFileName, nameWithExtensionOf } from './file-name.js';

const stored = (raw: string, type: Parameters<typeof nameWithExtensionOf>[1] = 'application/pdf') =>
  nameWithExtensionOf(cleanFileName(raw), type);

test('the extension is the one of the detected type', () => {
  assert.equal(stored('Työsopimus.pdf'), 'Työsopimus.pdf');
  assert.equal(stored('scan.PDF'), 'scan.PDF');
  assert.equal(stored('report.pdf.exe'), 'report.pdf');
  assert.equal(stored('report.exe'), 'report.pdf');
  assert.equal(stored('hakemus'), 'hakemus.pdf');
  assert.equal(stored('Versio v1.2'), 'Versio v1.2.pdf', 'digits after a dot are no extension');
  assert.equal(stored('kuva.bin', 'image/png'), 'kuva.png');
  assert.equal(stored('photo.jpg', 'image/jpeg'), 'photo.jpg');
  assert.equal(stored('photo.JPEG', 'image/jpeg'), 'photo.JPEG');
  assert.equal(stored('photo.png', 'image/jpeg'), 'photo.jpg');
  assert.equal(stored('lasku. . .'), 'lasku.pdf');
});

test('NFC, and invisible format characters removed: a name shows what it is', () => {
  assert.equal(stored('a\u0308iti.pdf'), 'äiti.pdf');
  // "invoice" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe" displays as "invoiceexe.pdf".
  assert.equal(stored('invoice\u202Efdp.exe'), 'invoicefdp.pdf');
  for (const control of [
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200B',
    '\uFEFF',
    '\u00AD',
  ]) {
    assert.equal(stored(`lasku${control}.pdf`), 'lasku.pdf', `U+${control.codePointAt(0)?.toString(16)}`);
  }
  assert.equal(stored('.hidden.pdf'), 'hidden.pdf', 'no hidden file on download');
});

test('a path, a control character or no name at all is refused as file.name', () => {
  const names = [
    '../a.pdf',
    'C:\\a.pdf',
    'a\nb.pdf',
    'a\u0085b.pdf',
    'a\u2028b.pdf',
    '',
    ' ',
    '.',
    '..',
    '\u202E',
    'a'.repeat(ATTACHMENT_NAME_MAX + 1),
  ];
  for (const name of names) {
    assert.throws(
      () => cleanFileName(name),
      (error: unknown) => error instanceof HttpError && error.status === 400 && error.details?.[0]?.message === 'file.name',
      JSON.stringify(name),
    );
  }
});

test('a long name keeps its extension within the limit', () => {
  const name = stored('a'.repeat(ATTACHMENT_NAME_MAX));
  assert.equal(name.length, ATTACHMENT_NAME_MAX);
  assert.ok(name.endsWith('.pdf'));
  // Never half a surrogate pair.
  const emoji = stored('😀'.repeat(ATTACHMENT_NAME_MAX / 2));
  assert.ok(emoji.endsWith('.pdf') && !/[\uD800-\uDBFF]\./.test(emoji));
});
