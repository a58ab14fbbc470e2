import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
// rough attribution: raw bytes per source file from source maps (mappings segment lengths)
const dir = process.argv[2];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  let map;
  try {
    map = JSON.parse(readFileSync(`${dir}/${f}.map`, 'utf8'));
  } catch {
    continue;
  }
  const code = readFileSync(`${dir}/${f}`, 'utf8');
  const lines = code.split('\n');
  const { SourceMapConsumer } = (await import('source-map')).default;
  const c = await new SourceMapConsumer(map);
  const per = {};
  let prev = null;
  c.eachMapping((m) => {
    if (prev) {
      const len = prev.gl === m.generatedLine ? m.generatedColumn - prev.gc : lines[prev.gl - 1].length - prev.gc;
      per[prev.src] = (per[prev.src] || 0) + Math.max(0, len);
    }
    prev = {
      gl: m.generatedLine,
      gc: m.generatedColumn,
      src: (m.source || '?').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/'),
    };
  });
  const total = code.length,
    br = brotliCompressSync(code).length;
  console.log(`\n${f} raw ${total} br ${br}`);
  Object.entries(per)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .forEach(([s, n]) => console.log(String(n).padStart(7), s));
}
