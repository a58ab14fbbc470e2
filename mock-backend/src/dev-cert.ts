// `npm run dev-cert`: writes a self-signed certificate for localhost to <DATA_DIR>/tls/ and prints the
// settings that serve the portal over HTTPS with it (README, "HTTPS").
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadConfig } from './platform/config.js';
import { developmentCertificate } from './platform/dev-cert.js';

const { dataDir } = loadConfig();
const dir = join(dataDir, 'tls');
const certFile = join(dir, 'localhost.crt');
const keyFile = join(dir, 'localhost.key');
const { cert, key } = await developmentCertificate();
mkdirSync(dir, { recursive: true });
writeFileSync(certFile, cert);
// The key is for this user only, like any private key.
writeFileSync(keyFile, key, { mode: 0o600 });
chmodSync(keyFile, 0o600);
// Relative to where npm was run, as TLS_CERT_FILE is read; absolute when that is shorter to get right.
const shown = (path: string) => {
  const near = relative(process.env['INIT_CWD'] ?? process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
};
console.log(`Wrote ${shown(certFile)} and ${shown(keyFile)} (self-signed for localhost, 90 days).
Serve the portal over HTTPS with:

  TLS_CERT_FILE=${shown(certFile)} TLS_KEY_FILE=${shown(keyFile)} HTTP_REDIRECT_PORT=8081 npm start

then open https://localhost:8080/ and accept the browser's warning once (or trust the certificate).`);
