/**
 * Issue #12: provider rules with real structure, judged with every built-in rule loaded (a rule's own
 * samples cannot show how it interacts with the generic rules or with other providers' prefixes).
 * Every token below is a synthetic random string in the provider's documented format.
 */
import assert from 'node:assert/strict';
import { Scanner, builtinRules, scanDocument } from '../src/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const scanner = new Scanner(builtinRules);
const reported = (text: string, path = 'notes.txt') =>
  scanDocument(scanner, text, { path, now: NOW }).findings.filter((f) => f.severity !== 'info');
const ruleIds = (text: string, path?: string) => reported(text, path).map((f) => f.ruleId);

describe('structured provider rules (issue #12)', () => {
  it('a value of the wrong length under an AWS secret name is nobody’s secret (the AWS rule vetoes the generic ones)', () => {
    assert.deepEqual(ruleIds('export AWS_SECRET_ACCESS_KEY=5e1a9c3f7b2d8e4a6c0f9b1d3e5a7c2f4b6d8e0a1c\n', 'deploy.sh'), []);
    assert.deepEqual(ruleIds('export AWS_SECRET_ACCESS_KEY=Hn3Rt8Lq0Wz5Xc2Vb7Mk4Jp9Sd1Fg6Ah/Ty+Ue3I\n', 'deploy.sh'), ['aws-secret-access-key']);
  });

  it('every unseal key printed by `vault operator init` is reported, the root token too', () => {
    const output = [
      'Unseal Key 1: Vb8Nc2Xr7Tz4Kp9Lw3Hs6Jf1Ga5Re0Ut3Io7PkZxWq2Ly9M',
      'Unseal Key 2: Qd5Mn4Bv6Cd8Ef1Gh7Jk2Lm9Np3Qr5St8Uv0Wx4Yz6Ab3C',
      'Initial Root Token: s.Kq7Zr2Lm9Vx4Tp8Wn3Hb6Jd1F',
    ].join('\n');
    const ids = ruleIds(output, 'init.log');
    assert.equal(ids.filter((id) => id === 'vault-unseal-key').length, 2, ids.join());
    assert.ok(ids.includes('vault-legacy-token'), ids.join());
  });

  it('a Power BI report link is not a Grafana key; a Grafana key still is', () => {
    const embed = btoa('{"k":"6d2f8a1c-3b9e-4c7a-8f0d-5e1b2c9a7d34","t":"a1f4c8e2-7d3b-4e9a-b6c0-2f5d8e1a9c73","c":9}');
    assert.deepEqual(ruleIds(`[report](https://app.powerbi.com/view?r=${embed})`, 'README.md'), []);
    const key = btoa('{"k":"Zq8mP2xVr7tK9pLw3Hs6Jf1Ga5Re0Ut3","n":"ci-deploy","id":1}');
    assert.deepEqual(ruleIds(`GRAFANA_API_KEY=${key}\n`, '.env'), ['grafana-api-key']);
  });

  it('a real token in a comment is still reported (older Twitter consumer key)', () => {
    assert.deepEqual(ruleIds("# TWITTER_API_KEY = 'Rk4Tz7Wn1Hb5Jd3Fs6Gc0Y'\n", 'settings.py'), ['twitter-legacy-consumer-credential']);
  });

  it('a malformed .npmrc line is not read as a legacy npm token; the same UUID as a JSON `_authToken` is a legacy npm token', () => {
    const malformed = ruleIds('registry.npmjs.org/:_authToken=7c2e9a4f-1d8b-4f3e-a6c5-9b0d2e7f1a48\n', '.npmrc');
    assert.ok(!malformed.some((id) => id.startsWith('npm-legacy-uuid')), malformed.join());
    assert.deepEqual(ruleIds('{ "_authToken": "7c2e9a4f-1d8b-4f3e-a6c5-9b0d2e7f1a48" }\n', 'config.json'), ['npm-legacy-uuid-auth-token-key']);
  });

  it('a Kubernetes bootstrap token is found in a join command and as a token-secret, not in a version string', () => {
    assert.deepEqual(ruleIds('kubeadm join 10.0.0.9:6443 --token r5k2xq.m8w3zt7vn1bc4hy9\n', 'join.sh'), ['kubernetes-bootstrap-token']);
    assert.deepEqual(ruleIds('kubeadm upgrade apply v1.29.3 --config=kubeadm.yaml\n', 'upgrade.sh'), []);
  });

  it('a WireGuard private key is found in a wg-quick config, the public key is not reported', () => {
    const conf = '[Interface]\nPrivateKey = qH3vPz8XtW1nR6yLm0Kb5Jc9Fd2Gs7Ae4Uo1Ti8Nw2E=\n[Peer]\nPublicKey = Lm4Xv9Rk2Tz7Wn1Hb5Jd3Fs6Gc0Ya8Eu2Oi7Qp4Kr1M=\n';
    assert.deepEqual(ruleIds(conf, 'wg0.conf'), ['wireguard-private-key']);
  });
});
