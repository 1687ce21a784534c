/**
 * PyPI API tokens: `pypi-` + base64url of a version-2 macaroon whose location is `pypi.org`
 * (`AgEIcHlwaS5vcmc…`) or `test.pypi.org` (`AgENdGVzdC5weXBpLm9yZw…`).
 * https://pypi.org/help/#apitoken and https://warehouse.pypa.io/development/token-scanning.html
 * Macaroon v2 binary layout (fields `type, length, data`; signature field 6 of 32 bytes):
 * https://github.com/rescrv/libmacaroons/blob/master/doc/format.txt
 */
import type { LifetimeEvidence, Rule, RuleContext } from '../engine/types.js';
import { standalone } from './patterns.js';

const ROTATE = 'https://pypi.org/manage/account/token/';

type Shape = 'complete' | 'truncated' | 'unknown';

/**
 * Walks the macaroon's fields. `truncated`: the fields parse but stop in the middle of one (a token cut
 * short when pasted: not a credential). `complete`: it ends with a 32-byte signature. Anything else is
 * `unknown` (not decodable as a macaroon).
 */
function macaroonShape(secret: string): Shape {
  let bytes: Uint8Array;
  try {
    const b64 = secret.slice(5).replace(/-/g, '+').replace(/_/g, '/');
    bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  } catch {
    return 'unknown';
  }
  if (bytes[0] !== 2) return 'unknown';
  let pos = 1;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      if (pos >= bytes.length) return undefined;
      const b = bytes[pos++]!;
      value |= (b & 0x7f) << shift;
      if (!(b & 0x80)) return value;
    }
    return undefined;
  };
  while (pos < bytes.length) {
    const type = varint();
    if (type === undefined) return 'truncated';
    if (type === 0) continue; // end of a section
    if (![1, 2, 4, 6].includes(type)) return 'unknown';
    const length = varint();
    if (length === undefined || pos + length > bytes.length) return 'truncated';
    pos += length;
    if (type === 6) return length === 32 ? 'complete' : 'unknown';
  }
  return 'truncated';
}

function evidence(ctx: RuleContext): LifetimeEvidence {
  return macaroonShape(ctx.secret) === 'complete'
    ? { lifetime: 'long-lived' }
    : { lifetime: 'long-lived', severity: 'low', note: 'not a well-formed macaroon: likely a test token' };
}

export const rules: Rule[] = [
  {
    id: 'pypi-upload-token',
    provider: 'pypi',
    description: 'PyPI API (upload) token',
    regex: standalone('pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1500}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pypi-ageichlwas5vcmc'],
    severity: 'critical',
    lifetime: evidence,
    validate: (ctx) => macaroonShape(ctx.secret) !== 'truncated',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: '[pypi]\n  username = __token__\n  password = pypi-AgEIcHlwaS5vcmcCJXsidmVyc2lvbiI6IDEsICJwZXJtaXNzaW9ucyI6ICJ1c2VyIn0AAhhbMSwgWyJ2bmJlcnVkdy1yc25kYWgiXV0AAAYgxYl95ObvujqgCV1M0VupcFVnFt7G43pDCMAV6JFkxgk', reason: '.pypirc' }],
      noMatch: [{ text: 'pypi-AgEIcHlwaS5vcmc3rbglJjjGe', reason: 'too short' }],
    },
  },
  {
    id: 'pypi-test-upload-token',
    provider: 'pypi',
    description: 'TestPyPI API token (test index only)',
    regex: standalone('pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1500}', { tokenChars: 'A-Za-z0-9_-' }),
    keywords: ['pypi-agendgvzdc5wexbplm9yzw'],
    severity: 'medium',
    lifetime: evidence,
    validate: (ctx) => macaroonShape(ctx.secret) !== 'truncated',
    entropy: 3,
    rotateUrl: 'https://test.pypi.org/manage/account/token/',
    samples: {
      match: [{ text: 'TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZwIleyJ2ZXJzaW9uIjogMSwgInBlcm1pc3Npb25zIjogInVzZXIifQACGFsxLCBbInBoZ3doYmx1LWp2a25obiJdXQAABiCBYSZYqhy4WF-LHpQbt0efTpUBJptEmhWzMg4FfPVUzw', reason: 'twine env' }],
      noMatch: [{ text: 'pypi-AgENdGVzdC5weXBpLm9yZw1RAyVwdW1DMl', reason: 'too short' }],
    },
  },
];
