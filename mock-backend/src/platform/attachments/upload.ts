// Reading one uploaded file from a multipart body (busboy) as it streams, and deciding whether it is
// an attachment the service accepts: the name as soon as the part's headers come, the type from the
// first bytes, the size at every chunk. The bytes go on to a sink a chunk at a time (the database,
// attachment-bytes.ts) and are never held whole. Every refusal is a 4xx with the one ApiError body
// and an issue code from the contract at path "file"; a refusal stops reading the body, and the
// connection is closed after the answer, so a too-large body is not read to its end.
import type { Request } from 'express';
import busboy, { type Busboy, type FileInfo } from 'busboy';
import { fileTypeFromBuffer } from 'file-type';
import type { Readable } from 'node:stream';
import { API_ERROR_CODES, type ApiErrorCode } from '@portal/shared-contracts';
import {
  ATTACHMENT_FIELD,
  ATTACHMENT_MEDIA_TYPES,
  UNEMPLOYMENT_SECURITY_ERRORS as E,
  type AttachmentMediaType,
  type UnemploymentSecurityError,
} from '@portal/shared-contracts/unemployment-security';
import { httpError, HttpError } from '../errors.js';
import { cleanFileName, nameWithExtensionOf } from './file-name.js';

export interface ReceivedFile {
  readonly fileName: string;
  readonly mediaType: AttachmentMediaType;
  readonly size: number;
}

/** Where the accepted bytes go: opened once the type is known, then written a chunk at a time. */
export interface ChunkSink {
  open(): Promise<void>;
  /** Awaited before more of the body is read: the sink's pace is the upload's pace. */
  write(chunk: Uint8Array, sizeSoFar: number): Promise<void>;
}

export interface ReceiveOptions {
  readonly maxFileBytes: number;
  readonly chunkBytes: number;
  readonly sink: ChunkSink;
}

/** Enough for file-type to tell PDF, JPEG and PNG (their signatures are in the first bytes). */
const SNIFF_BYTES = 4100;

function refusal(status: number, code: ApiErrorCode, issue: UnemploymentSecurityError, message: string): HttpError {
  return httpError(status, code, message, [{ path: ATTACHMENT_FIELD, message: issue }]);
}

const missing = (message: string): HttpError => refusal(400, API_ERROR_CODES.badRequest, E.fileMissing, message);
const tooLarge = (max: number): HttpError =>
  refusal(413, API_ERROR_CODES.payloadTooLarge, E.fileTooLarge, `The file is larger than ${max} bytes.`);

async function mediaTypeOf(head: Uint8Array): Promise<AttachmentMediaType> {
  const detected = await fileTypeFromBuffer(head);
  const mediaType = ATTACHMENT_MEDIA_TYPES.find((type) => type === detected?.mime);
  if (mediaType === undefined) {
    throw refusal(
      415,
      API_ERROR_CODES.unsupportedMediaType,
      E.fileType,
      'Only PDF, JPEG and PNG files are accepted, judged by their content.',
    );
  }
  return mediaType;
}

/**
 * Reads the file part: its first bytes decide the type (nothing is stored before), then the bytes
 * go to the sink in chunks of `chunkBytes`. Async iteration pauses busboy, and so the request, while
 * a chunk is being written.
 */
async function streamFile(stream: Readable, info: FileInfo, options: ReceiveOptions): Promise<ReceivedFile> {
  const { maxFileBytes, chunkBytes, sink } = options;
  // The name is judged before any byte is read: a refused name costs nothing.
  const name = info.filename;
  if (name === undefined) throw missing('The part named "file" has no file name.');
  const cleaned = cleanFileName(name);
  let mediaType: AttachmentMediaType | undefined;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let size = 0;
  // Writes whole chunks of `chunkBytes` (all that is pending at the end), keeping the rest.
  const flush = async (atEnd: boolean): Promise<void> => {
    while (pendingBytes >= chunkBytes || (atEnd && pendingBytes > 0)) {
      const joined = Buffer.concat(pending, pendingBytes);
      const chunk = joined.subarray(0, Math.min(chunkBytes, joined.length));
      const rest = joined.subarray(chunk.length);
      pending = rest.length > 0 ? [rest] : [];
      pendingBytes = rest.length;
      await sink.write(chunk, size - pendingBytes);
    }
  };
  const iterator = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next().catch((error: unknown) => {
      // The part broke off (a malformed or cut-off body): the client's fault, whatever the wording.
      throw error instanceof HttpError ? error : missing('The multipart body could not be read; send one file in a part named "file".');
    });
    if (next.done === true) break;
    const data = next.value;
    size += data.byteLength;
    if (size > maxFileBytes) throw tooLarge(maxFileBytes);
    pending.push(data);
    pendingBytes += data.byteLength;
    if (mediaType === undefined && pendingBytes >= SNIFF_BYTES) {
      mediaType = await mediaTypeOf(Buffer.concat(pending, pendingBytes));
      await sink.open();
    }
    if (mediaType !== undefined) await flush(false);
  }
  if (size === 0) throw refusal(400, API_ERROR_CODES.validationFailed, E.fileEmpty, 'The file is empty.');
  if (mediaType === undefined) {
    mediaType = await mediaTypeOf(Buffer.concat(pending, pendingBytes));
    await sink.open();
  }
  await flush(true);
  return { fileName: nameWithExtensionOf(cleaned, mediaType), mediaType, size };
}

/** Stops reading the body: busboy gets no more of it, and the connection closes after the answer. */
function stopReading(req: Request, parser: Busboy): void {
  req.unpipe(parser);
  parser.removeAllListeners();
  // A late parse error after the refusal has nobody to tell.
  parser.on('error', () => {});
  if (!req.complete) req.res?.set('Connection', 'close');
}

function onParserEvents(parser: Busboy, fail: (error: unknown) => void, onFile: (stream: Readable, info: FileInfo) => void): void {
  let files = 0;
  parser.on('file', (field, stream, info) => {
    files += 1;
    if (field !== ATTACHMENT_FIELD || files > 1) {
      stream.resume();
      fail(missing(`Send exactly one file, in a part named "${ATTACHMENT_FIELD}", and nothing else.`));
      return;
    }
    onFile(stream, info);
  });
  const other = () => fail(missing(`Send exactly one file, in a part named "${ATTACHMENT_FIELD}", and nothing else.`));
  parser.on('field', other);
  parser.on('partsLimit', other);
  parser.on('filesLimit', other);
  parser.on('fieldsLimit', other);
  // busboy's own errors: a malformed body (a cut-off part, bad headers). The client's fault, whatever the wording.
  parser.on('error', () => fail(missing('The multipart body could not be read; send one file in a part named "file".')));
}

/** Receives the one file of a multipart body into the sink, or refuses it with the reason. */
export function receiveFile(req: Request, options: ReceiveOptions): Promise<ReceivedFile> {
  if (!req.is('multipart/form-data')) {
    return Promise.reject(
      refusal(415, API_ERROR_CODES.unsupportedMediaType, E.fileMissing, 'Send the file as multipart/form-data, in a part named "file".'),
    );
  }
  let parser: Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      preservePath: true,
      // Names in UTF-8 as browsers send them (busboy's default would read "ä" as Latin-1).
      defParamCharset: 'utf8',
      // One over the limits busboy counts by reaching them (a file's bytes, parts); it reports
      // files and fields by passing theirs. The file's own count refuses one byte over.
      limits: { fileSize: options.maxFileBytes + 1, files: 1, fields: 0, parts: 2, headerPairs: 20 },
    });
  } catch {
    // No boundary, or a content type busboy cannot read.
    return Promise.reject(missing('The multipart body could not be read; send one file in a part named "file".'));
  }
  return new Promise<ReceivedFile>((resolve, reject) => {
    let settled = false;
    let part: Readable | undefined;
    let file: Promise<ReceivedFile> | undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      stopReading(req, parser);
      const reason = error instanceof Error ? error : new Error(String(error));
      // The refusal waits for the part's reading to stop (destroyed, it stops at its next read), so
      // the caller sees every chunk the sink took: nothing is stored after the refusal is answered.
      part?.destroy();
      void (file ?? Promise.resolve()).catch(() => {}).then(() => reject(reason));
    };
    onParserEvents(parser, fail, (stream, info) => {
      part = stream;
      file = streamFile(stream, info, options);
      // A refusal while streaming settles at once, without waiting for the rest of the body.
      file.catch(fail);
    });
    parser.on('close', () => {
      if (settled) return;
      if (!file) {
        fail(missing('No file came: send one file in a part named "file".'));
        return;
      }
      file.then((received) => {
        if (settled) return;
        settled = true;
        resolve(received);
      }, fail);
    });
    // A client gone mid-body: busboy would wait for the rest forever.
    req.once('close', () => {
      if (!req.complete) fail(missing('The upload was cut off before its end.'));
    });
    req.pipe(parser);
  });
}
