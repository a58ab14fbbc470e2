// Reading one uploaded file from a multipart body (multer, on busboy) and deciding whether it is an
// attachment the service accepts. Every refusal is a 4xx with the one ApiError body and an issue code
// from the contract at path "file", which the form says next to that file in the person's language.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import multer from 'multer';
import { API_ERROR_CODES, type ApiErrorCode } from '@portal/shared-contracts';
import {
  ATTACHMENT_FIELD,
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENT_NAME_MAX,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  type AttachmentMediaType,
  type UnemploymentSecurityError,
} from '@portal/shared-contracts/unemployment-security';
import { httpError, type HttpError } from '../../platform/errors.js';

export interface UploadedFile {
  readonly fileName: string;
  readonly mediaType: AttachmentMediaType;
  readonly bytes: Uint8Array;
}

function refusal(status: number, code: ApiErrorCode, issue: UnemploymentSecurityError, message: string): HttpError {
  return httpError(status, code, message, [{ path: ATTACHMENT_FIELD, message: issue }]);
}

const missing = (message: string): HttpError => refusal(400, API_ERROR_CODES.badRequest, E.fileMissing, message);

/**
 * Multer (memory storage: a file is at most the per-file limit, and its first bytes are needed anyway)
 * with limits that make anything but one file part named "file" an error: no other fields, one part,
 * and the per-file size. `preservePath` keeps the name as sent, so a name with a path is refused
 * below rather than silently cut to its last segment.
 */
export function singleFileUpload(maxFileBytes: number): RequestHandler {
  const parse = multer({
    storage: multer.memoryStorage(),
    preservePath: true,
    // Names in UTF-8 as browsers send them (busboy's default would read "ä" as Latin-1).
    defParamCharset: 'utf8',
    limits: { fileSize: maxFileBytes, files: 1, fields: 0, parts: 1, headerPairs: 20 },
  }).single(ATTACHMENT_FIELD);

  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) {
      next(
        refusal(415, API_ERROR_CODES.unsupportedMediaType, E.fileMissing, 'Send the file as multipart/form-data, in a part named "file".'),
      );
      return;
    }
    parse(req, res, (error: unknown) => {
      if (error === undefined || error === null) {
        next();
        return;
      }
      if (error instanceof multer.MulterError) {
        next(
          error.code === 'LIMIT_FILE_SIZE'
            ? refusal(413, API_ERROR_CODES.payloadTooLarge, E.fileTooLarge, `The file is larger than ${maxFileBytes} bytes.`)
            : missing(`Send exactly one file, in a part named "file", and nothing else (${error.message}).`),
        );
        return;
      }
      // busboy's own errors: a malformed body (no boundary, a cut-off part, bad headers). The
      // client's fault, whatever the wording.
      next(missing('The multipart body could not be read; send one file in a part named "file".'));
    });
  };
}

// Any of these in a name means a path, or something no file system or person should see.
const PATH_OR_CONTROL = /[/\\\u0000-\u001f\u007f]/;

/** The person's own file name, if it is a plain name; refused otherwise (never cleaned silently). */
function fileName(raw: string): string {
  const name = raw.normalize('NFC').trim();
  if (name === '' || name === '.' || name === '..' || PATH_OR_CONTROL.test(name) || name.length > ATTACHMENT_NAME_MAX) {
    throw refusal(
      400,
      API_ERROR_CODES.validationFailed,
      E.fileName,
      `The file name must be a plain name of 1–${ATTACHMENT_NAME_MAX} characters, without a folder path or control characters.`,
    );
  }
  return name;
}

/**
 * The uploaded file, if it is one the service accepts: a plain name, not empty, and a PDF, JPEG or
 * PNG by its first bytes. The declared type and the name's extension are ignored: both are whatever
 * the sender says.
 */
export async function acceptedFile(req: Request): Promise<UploadedFile> {
  const file = req.file;
  if (file === undefined) throw missing('No file came: send one file in a part named "file".');
  const name = fileName(file.originalname);
  if (file.size === 0) throw refusal(400, API_ERROR_CODES.validationFailed, E.fileEmpty, 'The file is empty.');
  const bytes: Uint8Array = file.buffer;
  const detected = await fileTypeFromBuffer(bytes);
  const mediaType = ATTACHMENT_MEDIA_TYPES.find((type) => type === detected?.mime);
  if (mediaType === undefined) {
    throw refusal(
      415,
      API_ERROR_CODES.unsupportedMediaType,
      E.fileType,
      'Only PDF, JPEG and PNG files are accepted, judged by their content.',
    );
  }
  return { fileName: name, mediaType, bytes };
}
