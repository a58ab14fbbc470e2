// The bytes of uploaded attachments, on disk under `config.attachmentDir` (`<DATA_DIR>/attachments`),
// which nothing serves statically. Each file gets a random name the backend chose, so nothing the
// person sent (a name with a path, a name of another file) can reach the file system.
import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const STORAGE_NAME = /^[0-9a-f-]{36}$/;

export interface AttachmentFiles {
  /** Writes the bytes durably (a temporary name, then a rename) and returns the name they are stored under. */
  save(bytes: Uint8Array): Promise<string>;
  open(storageName: string): ReadStream;
  /** Removes a stored file; a file already gone is not an error (a retry of a removal, or a crash between). */
  remove(storageName: string): Promise<void>;
}

export function attachmentFiles(dir: string): AttachmentFiles {
  const pathOf = (storageName: string): string => {
    // Names come from the database, written by save(); anything else is a bug, not input to trust.
    if (!STORAGE_NAME.test(storageName)) throw new Error(`Not an attachment storage name: ${storageName}`);
    return join(dir, storageName);
  };
  let ready: Promise<unknown> | undefined;
  return {
    async save(bytes) {
      ready ??= mkdir(dir, { recursive: true, mode: 0o700 });
      await ready;
      const storageName = randomUUID();
      const temporary = join(dir, `.${storageName}.part`);
      // `wx`: never over an existing file; 0600: the files are personal data.
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600, flush: true });
      await rename(temporary, pathOf(storageName));
      return storageName;
    },
    open(storageName) {
      return createReadStream(pathOf(storageName));
    },
    async remove(storageName) {
      await rm(pathOf(storageName), { force: true });
    },
  };
}
