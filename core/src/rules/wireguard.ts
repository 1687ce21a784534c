/**
 * WireGuard keys in a wg-quick / wg(8) configuration: `PrivateKey` (the interface's Curve25519 private key)
 * and `PresharedKey` (an optional symmetric key per peer), each 32 bytes written in base64 (44 characters
 * ending in `=`). `PublicKey` is public. https://man7.org/linux/man-pages/man8/wg.8.html (CONFIGURATION FILE FORMAT)
 * Keys do not expire; they are replaced by generating new ones (`wg genkey`, `wg genpsk`).
 */
import type { Rule } from '../engine/types.js';

const REFERENCE = 'https://man7.org/linux/man-pages/man8/wg.8.html';

export const rules: Rule[] = [
  {
    id: 'wireguard-private-key',
    provider: 'wireguard',
    description: 'WireGuard interface private key',
    // The setting names are case-insensitive in wg(8) but written as documented in practice; matching the
    // documented spelling at the start of a line keeps `privateKey = …` in program code out.
    regex: /^[ \t]{0,8}PrivateKey[ \t]{0,4}=[ \t]{0,4}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/m,
    keywords: ['privatekey'],
    severity: 'critical',
    lifetime: 'long-lived',
    entropy: 4,
    reference: REFERENCE,
    samples: {
      match: [{ text: '[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = yK3vPq8ZtW1nR6xLm0Hb5Jc9Fd2Gs7Ae4Uo1Ti8Nw3E=\n', reason: 'wg-quick config' }],
      noMatch: [
        { text: 'PrivateKey = <client private key>', reason: 'placeholder' },
        { text: '  privateKey = loadKey(path)', reason: 'program code' },
      ],
    },
  },
  {
    id: 'wireguard-preshared-key',
    provider: 'wireguard',
    description: 'WireGuard peer preshared key',
    regex: /^[ \t]{0,8}PresharedKey[ \t]{0,4}=[ \t]{0,4}(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/m,
    keywords: ['presharedkey'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 4,
    reference: REFERENCE,
    samples: {
      match: [{ text: '[Peer]\nPublicKey = x\nPresharedKey = Rb7mQ2wX9kTz4Lp1Vn6Hc3Jd8Fg0Sa5Ey2Ui7Ot4Kq9=\n', reason: 'peer section' }],
      noMatch: [{ text: 'PresharedKey = [pre-shared key]', reason: 'placeholder' }],
    },
  },
];
