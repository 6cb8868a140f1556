// A throwaway certificate authority and a localhost certificate, made with openssl at test
// time, for the tests that serve the site over HTTPS as a host does (tests/hosting/).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCertificates {
  /** PEM bytes: the server's private key, its certificate, and the CA a client must trust. */
  key: Buffer;
  cert: Buffer;
  ca: Buffer;
  /** The same as files in `dir`, for servers configured by path (nginx). */
  keyFile: string;
  certFile: string;
  caFile: string;
}

function openssl(dir: string, args: string[]): void {
  try {
    execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
    if (err.code === 'ENOENT')
      throw new Error('openssl not found: install it (`sudo apt-get install -y openssl`); the hosting tests make their own test CA with it.', { cause: e });
    throw new Error(`openssl ${args.join(' ')} failed: ${err.stderr?.toString() ?? err.message}`, { cause: e });
  }
}

/** A CA and a certificate for localhost / 127.0.0.1 signed by it, valid for two days, written into `dir`. */
export function makeTestCertificates(dir: string): TestCertificates {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=explainer test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  openssl(dir, ['req', ...ec, '-keyout', 'localhost.key', '-out', 'localhost.csr', '-subj', '/CN=localhost']);
  writeFileSync(
    join(dir, 'ext.cnf'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n',
  );
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'localhost.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'localhost.pem',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
  ]);
  const keyFile = join(dir, 'localhost.key');
  const certFile = join(dir, 'localhost.pem');
  const caFile = join(dir, 'ca.pem');
  return { key: readFileSync(keyFile), cert: readFileSync(certFile), ca: readFileSync(caFile), keyFile, certFile, caFile };
}
