// A self-signed certificate for https://localhost, made on this machine without any network: for a
// developer's HTTPS (`npm run dev-cert`) and the tests of TLS. Never for a deployment, whose
// certificate comes from a real authority or ends at the proxy.
import { generate } from 'selfsigned';

export interface DevCertificate {
  /** PEM, for TLS_CERT_FILE (and for a client that should trust it). */
  readonly cert: string;
  /** PEM, for TLS_KEY_FILE. */
  readonly key: string;
}

/** Valid for localhost, 127.0.0.1 and ::1, for `days` days from now. EC P-256: quick to make, accepted by every browser. */
export async function developmentCertificate(days = 90): Promise<DevCertificate> {
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + days * 24 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
