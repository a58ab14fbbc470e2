// Finding and operating controls in a shadow root, and the phone-width checks, are the kit's (the
// same for every area); here what only this area's tests need: files to upload.
export {
  $,
  $$,
  asPrinted,
  atPhoneWidth,
  click,
  expectNoSidewaysScroll,
  fiDate,
  mount,
  root,
  squash,
  text,
  type,
} from '@portal/ui-kit/testing';

/** A file of `size` bytes (PDF magic first), named `name`. */
export function pdf(name: string, size = 2048, type = 'application/pdf'): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d].slice(0, size));
  return new File([bytes], name, { type });
}

/** Chooses files in a real `<input type="file">`, as the browser's picker would, and fires `change`. */
export function chooseFiles(input: HTMLInputElement, files: readonly File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
