/**
 * Slack app manifests (YAML or JSON): `oauth_config.scopes.bot` and `oauth_config.scopes.user`.
 * User scopes are granted to a user token that acts as the installing person, so they are marked as such.
 * Manifest shape: https://docs.slack.dev/tools/java-slack-sdk/guides/sign-in-with-slack (oauth_config.scopes.user)
 * and the `@slack/web-api` Manifest type (oauth_config.scopes.{bot,user}).
 */
import { isSeq } from 'yaml';
import { assessRequestedScope } from '../scope-list.js';
import { assessedHit } from './scope-literals.js';
import type { ScopeHit } from './scope-hit.js';
import { parseYaml, scalarSpan } from './yaml-spans.js';

export function slackManifestHits(text: string): ScopeHit[] {
  const doc = parseYaml(text);
  if (!doc) return [];
  const hits: ScopeHit[] = [];
  for (const token of ['bot', 'user'] as const) {
    const list = doc.getIn(['oauth_config', 'scopes', token], true);
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      const span = scalarSpan(text, item);
      if (!span) return;
      const hit = assessedHit('slack', assessRequestedScope('slack', span.value), span.start, span.end, `${token}-token`);
      if (token === 'user') hit.subject = 'Slack user-token OAuth scope';
      hit.location = { fileKind: 'slack-app-manifest', path: ['oauth_config', 'scopes', token, index] };
      hits.push(hit);
    });
  }
  return hits;
}
