/** A throwaway self-signed certificate for the provider hostnames the browser is pointed at (openssl). */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificate {
  key: Buffer;
  cert: Buffer;
}

export function selfSignedCertificate(dir: string, hosts: readonly string[]): Certificate {
  const config = join(dir, 'openssl.cnf');
  writeFileSync(
    config,
    [
      '[req]',
      'distinguished_name = dn',
      'x509_extensions = ext',
      'prompt = no',
      '[dn]',
      'CN = secret-hygiene-e2e',
      '[ext]',
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature, keyEncipherment',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = ${hosts.map((h) => `DNS:${h}`).join(', ')}`,
      '',
    ].join('\n'),
  );
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', key, '-out', cert, '-config', config], { stdio: 'pipe' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}
