/**
 * Kubernetes bootstrap tokens (kubeadm join, TLS bootstrapping): `<token-id>.<token-secret>` with
 * `[a-z0-9]{6}` public id and `[a-z0-9]{16}` secret, stored as a `bootstrap.kubernetes.io/token` Secret
 * with `token-id` / `token-secret` keys. They default to a 24 h TTL, but `--ttl 0` makes one that never
 * expires, so the lifetime is unknown from the token alone.
 * https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/
 * https://kubernetes.io/docs/reference/setup-tools/kubeadm/generated/kubeadm_token/
 */
import type { Rule, RuleContext } from '../engine/types.js';

const ROTATE = 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/generated/kubeadm_token_delete/';
const REFERENCE = 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/';

/** A generated secret mixes letters and digits; a word or a number of that length is not one. */
function generatedSecret({ secret }: RuleContext): boolean {
  const part = secret.slice(secret.indexOf('.') + 1);
  return /[a-z]/.test(part) && /[0-9]/.test(part);
}

export const rules: Rule[] = [
  {
    id: 'kubernetes-bootstrap-token',
    provider: 'kubernetes',
    description: 'Kubernetes bootstrap token (joins nodes to the cluster, authenticates to the API server)',
    regex: /(?<![A-Za-z0-9_.-])(?<secret>[a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9_.-])/,
    keywords: ['kubeadm', '--token', '--discovery-token', 'bootstraptoken', 'bootstrap-token', 'bootstrap_token'],
    window: { before: 32, after: 400, crossLines: true },
    severity: 'high',
    lifetime: 'unknown',
    entropy: 3,
    validate: generatedSecret,
    rotateUrl: ROTATE,
    reference: REFERENCE,
    samples: {
      match: [
        { text: 'kubeadm join 10.0.0.4:6443 --token q8z3kw.t7m2xv9rl4bd6nc1 --discovery-token-ca-cert-hash sha256:x', reason: 'join command' },
        { text: 'bootstrapTokens:\n- token: "h4r9pe.2mwq7zk5x8cvt3ny"\n  ttl: 24h', reason: 'kubeadm InitConfiguration' },
      ],
      noMatch: [
        { text: 'kubeadm join --token abcdef.0123456789abcdef', reason: 'documented example' },
        { text: 'kubeadm config images pull --image-repository=mirror.internalregistry', reason: 'a host name, no digits' },
      ],
    },
  },
  {
    id: 'kubernetes-bootstrap-token-secret',
    provider: 'kubernetes',
    description: 'Kubernetes bootstrap token secret (`token-secret` key of a bootstrap token Secret)',
    regex: /\btoken-secret["']?[ \t]{0,4}:[ \t]{0,4}["']?(?<secret>[a-z0-9]{16})(?![A-Za-z0-9_-])/,
    keywords: ['token-secret'],
    severity: 'high',
    lifetime: 'unknown',
    entropy: 3,
    validate: generatedSecret,
    rotateUrl: ROTATE,
    reference: REFERENCE,
    samples: {
      match: [{ text: 'stringData:\n  token-id: "w2k9qd"\n  token-secret: "7xn4rb1zq8mt5hwv"', reason: 'bootstrap token Secret' }],
      noMatch: [{ text: '  token-secret: "${BOOTSTRAP_SECRET}"', reason: 'reference' }],
    },
  },
];
