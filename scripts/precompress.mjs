// Part of `npm run build` (issue 22): writes a brotli (quality 11) and a gzip (level 9) copy beside
// every text file the backend serves from the built folders (shell/dist, modules/<area>/dist), which
// the backend's static router sends to browsers that accept them (express-static-gzip). Made once
// here, at the strongest settings, instead of gzip at level 6 made again for every request: fewer
// bytes to a phone and no compressing on the server. Source maps are not served, and files under
// 1 KB are not worth it. A copy that would not be smaller is not written; old copies are replaced.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEXT = /\.(js|mjs|css|html|json|svg|txt)$/;
const MIN_BYTES = 1024;

/** The built folders: the shell's and every module's. */
function builtFolders() {
  const modules = join(ROOT, 'modules');
  return [join(ROOT, 'shell', 'dist'), ...readdirSync(modules).map((area) => join(modules, area, 'dist'))].filter((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  });
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Writes `path`.br and `path`.gz when smaller than the file; removes stale ones otherwise. */
export function precompress(path) {
  const bytes = readFileSync(path);
  const copies = {
    br: () =>
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    gz: () => gzipSync(bytes, { level: 9 }),
  };
  let saved = 0;
  for (const [extension, compress] of Object.entries(copies)) {
    const target = `${path}.${extension}`;
    const compressed = bytes.length >= MIN_BYTES ? compress() : undefined;
    if (compressed && compressed.length < bytes.length) {
      writeFileSync(target, compressed);
      if (extension === 'br') saved = bytes.length - compressed.length;
    } else rmSync(target, { force: true });
  }
  return saved;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  let count = 0;
  let saved = 0;
  const folders = builtFolders();
  for (const dir of folders) {
    for (const path of files(dir)) {
      if (!TEXT.test(path)) continue;
      saved += precompress(path);
      count++;
    }
  }
  const where = folders.map((dir) => relative(ROOT, dir)).join(', ');
  console.log(
    `Precompressed ${count} files in ${where}: brotli ${Math.round(saved / 1024)} KB smaller in all, ${Math.round(performance.now() - started)} ms`,
  );
}
