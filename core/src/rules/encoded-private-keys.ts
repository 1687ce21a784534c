/**
 * A PEM private key stored base64-encoded as one string: Kubernetes Secrets (`data: tls.key: LS0t…`,
 * https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets), env variables and JSON configs
 * that cannot hold line breaks. Base64 of `-----BEGIN` is always `LS0tLS1CRUdJTi`, so the encoded key is
 * recognised by that prefix and confirmed by decoding its header: only a `… PRIVATE KEY-----` header
 * counts (certificates and public keys encode the same way and are not secrets). PEM framing: RFC 7468.
 */
import type { Rule, RuleContext } from '../engine/types.js';

const PRIVATE_HEADER = /^-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY(?: BLOCK)?-----/;

/** Decodes the first 80 base64 characters (60 bytes: the whole header line) with the web-standard `atob`. */
function encodesPrivateKey({ secret }: RuleContext): boolean {
  try {
    return PRIVATE_HEADER.test(atob(secret.slice(0, 80)));
  } catch {
    return false;
  }
}

export const rules: Rule[] = [
  {
    id: 'private-key-base64',
    provider: 'generic',
    description: 'Base64-encoded PEM private key (LS0tLS1CRUdJTi…)',
    // 200+ characters: a header alone is ~50; the smallest real key body (Ed25519) adds well over 100.
    regex: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{200,16384}={0,2})(?![A-Za-z0-9+/=])/,
    keywords: ['LS0tLS1CRUdJTi'],
    keywordsMatchCase: true,
    severity: 'critical',
    lifetime: 'long-lived',
    validate: encodesPrivateKey,
    reference: 'https://www.rfc-editor.org/rfc/rfc7468',
    samples: {
      match: [
        {
          text: `  tls.key: ${btoa('-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIOq3vZ7mT2xLp9ZkR4wN8cB1yH6dF3sJ0gQm7vT2xLp9oAoGCCqGSM49\nAwEHoUQDQgAE4wN8cB1yH6dF3sJ0gQm7vT2xLp9ZkR4wN8cB1yH6dF3sJ0gQm7vT2\nxLp9ZkR4wN8cB1yH6dF3sJ0gQm7vT2xLp9ZkR4wN8cB1yA==\n-----END EC PRIVATE KEY-----\n')}`,
          reason: 'Kubernetes TLS secret data',
        },
      ],
      noMatch: [
        {
          text: `  tls.crt: ${btoa('-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQm7vT2xLp9ZkR4wN8cB1yH6dF3swCgYIKoZIzj0EAwIw\nEjEQMA4GA1UEAwwHdGVzdC1jYTAeFw0yNjAxMDEwMDAwMDBaFw0yNzAxMDEwMDAw\nMDBaMBIxEDAOBgNVBAMMB3Rlc3QtY2E=\n-----END CERTIFICATE-----\n')}`,
          reason: 'a certificate is public',
        },
      ],
    },
  },
];
