import assert from 'node:assert/strict';
import { resolvePolicy } from '@secret-hygiene/core';
import { classifyNavigation } from '../src/model/classify.js';
import { createRecord, type AuthorizationRecord } from '../src/model/record.js';
import { groupedReasonTexts, groupReasons } from '../src/model/reason-groups.js';
import { byProvider, popupRecords, providersOf, sortRecords } from '../src/model/record-list.js';

const SLACK = 'https://slack.com/oauth/v2/authorize?client_id=1234.5678&scope=channels:history,chat:write,users:read,files:write&redirect_uri=https%3A%2F%2Fbot.example.com%2Fcb';
const GITHUB = 'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf12345678&scope=repo%20delete_repo%20admin:org&redirect_uri=https%3A%2F%2Fci.example.com%2Fcb';

function recordOf(url: string, policyDocument: object, time: string, id: string): AuthorizationRecord {
  const policy = resolvePolicy([{ source: 'user', origin: 'options page', document: policyDocument }]);
  const c = classifyNavigation(url, policy, { genericDetection: false })!;
  return createRecord(c.request, c.url, c.verdict, new Date(time), id);
}

describe('popup and history: policy reasons grouped per rule', () => {
  it('one sentence per rule naming every scope it caught, riskiest first (from a real verdict)', () => {
    const record = recordOf(SLACK, { oauth: { rules: { slack: { maxRisk: 'low', action: 'warn' } } } }, '2025-01-01T00:00:00Z', 'a');
    assert.ok(record.verdict.reasons.length >= 2, record.verdict.reasons.join('\n'));
    const groups = groupReasons(record.verdict.reasons);
    const slackReasons = record.verdict.reasons.filter((r) => r.startsWith('slack: '));
    assert.ok(slackReasons.length >= 3, slackReasons.join('\n'));
    assert.deepEqual(groups.map((g) => g.rule).sort(), [...new Set(record.verdict.reasons.map((r) => r.split(':')[0]))].sort(), 'one group per rule (the default policy’s too)');
    const slack = groups.find((g) => g.rule === 'slack')!;
    assert.equal(slack.kind, 'above-maximum');
    assert.equal(slack.scopes.length, slackReasons.length);
    assert.match(slack.text, new RegExp(`^slack: ${slackReasons.length} scopes are above the maximum low: channels:history \\(high\\), `));
    const risks = slack.scopes.map((s) => s.risk!);
    const rank = { low: 0, medium: 1, high: 2, critical: 3 };
    assert.deepEqual(risks, [...risks].sort((a, b) => rank[b] - rank[a]), 'riskiest first');
  });

  it('blocked scopes and maximums of different rules stay apart; a lone reason keeps core’s wording; unknown reasons pass through', () => {
    const reasons = [
      'github: scope delete_repo is blocked',
      'github: scope admin:org is blocked',
      'github: scope repo is critical risk, above the maximum high',
      'all providers: scope repo is critical risk, above the maximum medium',
      'all providers: scope admin:org is critical risk, above the maximum medium',
      'github: client Ov23liX is not an allowed client',
    ];
    assert.deepEqual(groupedReasonTexts(reasons), [
      'github: 2 scopes are blocked: delete_repo, admin:org',
      'github: scope repo is critical risk, above the maximum high',
      'all providers: 2 scopes are above the maximum medium: repo (critical), admin:org (critical)',
      'github: client Ov23liX is not an allowed client',
    ]);
  });

  it('a reason longer than the parser reads is kept whole, not parsed', () => {
    const long = `github: scope ${'x'.repeat(700)} is blocked`;
    assert.deepEqual(groupedReasonTexts([long, long]), [long, long]);
  });
});

describe('popup and history: sorted by risk, filtered by provider', () => {
  const none = {};
  const records = [
    recordOf(SLACK, none, '2025-01-01T00:00:03Z', 'slack-new'),
    recordOf(GITHUB, none, '2025-01-01T00:00:02Z', 'github'),
    recordOf(SLACK, { oauth: { rules: { slack: { blockedScopes: ['files:write'], action: 'block' } } } }, '2025-01-01T00:00:01Z', 'slack-blocked'),
  ];

  it('worst risk first; at equal risk, blocked before allowed, then newest', () => {
    assert.deepEqual(sortRecords(records, 'risk').map((r) => r.id), ['github', 'slack-blocked', 'slack-new']);
    assert.deepEqual(sortRecords(records, 'time').map((r) => r.id), ['slack-new', 'github', 'slack-blocked']);
  });

  it('the provider filter and its menu', () => {
    assert.deepEqual(byProvider(records, 'slack').map((r) => r.id), ['slack-new', 'slack-blocked']);
    assert.equal(byProvider(records, '').length, 3);
    assert.deepEqual(providersOf(records), [{ id: 'github', name: 'GitHub', count: 1 }, { id: 'slack', name: 'Slack', count: 2 }]);
  });

  it('the popup shows the most recent of the chosen provider, worst first', () => {
    assert.deepEqual(popupRecords(records, '', 2).map((r) => r.id), ['github', 'slack-new'], 'the two newest, then sorted');
    assert.deepEqual(popupRecords(records, 'slack', 10).map((r) => r.id), ['slack-blocked', 'slack-new']);
  });
});
