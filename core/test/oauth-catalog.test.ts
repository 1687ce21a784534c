/** The scope catalog: conventions every provider file must follow, then real ratings per provider. */
import assert from 'node:assert/strict';
import { assessScope, catalogFor, heuristicAssessment, scopeCatalogs, scopeRiskRank, worstRisk } from '../src/oauth/catalog.js';
import { OAUTH_PROVIDERS, SCOPE_RISKS, type OAuthProviderId, type ScopeRisk } from '../src/oauth/types.js';

const AUTH = 'https://www.googleapis.com/auth/';

function atLeast(risk: ScopeRisk, floor: ScopeRisk): boolean {
  return scopeRiskRank(risk) >= scopeRiskRank(floor);
}

function known(provider: OAuthProviderId, scope: string) {
  const assessment = assessScope(provider, scope);
  assert.equal(assessment.known, true, `${provider} ${scope} should be catalogued, got: ${assessment.reason}`);
  return assessment;
}

describe('scope catalog conventions', () => {
  it('has exactly one catalog per provider id, covering every id', () => {
    const ids = scopeCatalogs.map((c) => c.provider);
    assert.deepEqual(ids, [...OAUTH_PROVIDERS], 'catalogs come in OAUTH_PROVIDERS order, one each');
    assert.ok(ids.length >= 45, `only ${ids.length} providers`);
    for (const id of OAUTH_PROVIDERS) assert.equal(catalogFor(id)?.provider, id, `the catalog registered for ${id} names itself ${catalogFor(id)?.provider}`);
  });

  it('an unscoped request is never rated low by default, and says why in one line', () => {
    const problems: string[] = [];
    for (const catalog of scopeCatalogs) {
      const unscoped = catalog.unscoped;
      if (!unscoped) continue;
      if (!atLeast(unscoped.risk, 'medium')) problems.push(`${catalog.provider}: unscoped risk ${unscoped.risk}`);
      if (!unscoped.why.trim() || /[\r\n]/.test(unscoped.why)) problems.push(`${catalog.provider}: unscoped.why must be one line`);
    }
    assert.deepEqual(problems, []);
    for (const id of ['dropbox', 'notion', 'zoom', 'miro', 'pipedrive', 'mailchimp', 'clickup'] as const) assert.ok(catalogFor(id)?.unscoped, `${id} says its scopes are not in the URL`);
  });

  it('every catalog has a display name and at least one https documentation source', () => {
    const problems: string[] = [];
    for (const catalog of scopeCatalogs) {
      if (!catalog.name.trim()) problems.push(`${catalog.provider}: no name`);
      if (catalog.sources.length === 0) problems.push(`${catalog.provider}: no sources`);
      for (const source of catalog.sources) {
        if (new URL(source).protocol !== 'https:') problems.push(`${catalog.provider}: non-https source ${source}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('every entry is complete: unique scope, known risk, one-line grants, non-empty narrower', () => {
    const problems: string[] = [];
    for (const catalog of scopeCatalogs) {
      if (catalog.scopes.length === 0) problems.push(`${catalog.provider}: no scopes`);
      const seen = new Set<string>();
      for (const entry of catalog.scopes) {
        const where = `${catalog.provider} ${entry.scope}`;
        if (seen.has(entry.scope)) problems.push(`${where}: duplicate`);
        seen.add(entry.scope);
        if (entry.scope !== entry.scope.trim() || !entry.scope) problems.push(`${where}: blank or padded scope`);
        if (!SCOPE_RISKS.includes(entry.risk)) problems.push(`${where}: unknown risk ${entry.risk}`);
        if (!entry.grants.trim() || /[\r\n]/.test(entry.grants)) problems.push(`${where}: grants must be one non-empty line`);
        if (entry.narrower !== undefined && !entry.narrower.trim()) problems.push(`${where}: empty narrower`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('every catalogued spelling survives its own normalize and rates as itself', () => {
    const problems: string[] = [];
    for (const catalog of scopeCatalogs) {
      for (const entry of catalog.scopes) {
        const spelled = catalog.normalize?.(entry.scope) ?? entry.scope;
        if (spelled !== entry.scope) problems.push(`${catalog.provider}: normalize turns ${entry.scope} into ${spelled}`);
        const assessment = assessScope(catalog.provider, entry.scope);
        if (!assessment.known || assessment.risk !== entry.risk || assessment.reason !== entry.grants) {
          problems.push(`${catalog.provider}: ${entry.scope} does not rate as its own entry`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('long-lived grants are never rated low', () => {
    const low = scopeCatalogs.flatMap((c) => c.scopes.filter((e) => e.longLived && e.risk === 'low').map((e) => `${c.provider} ${e.scope}`));
    assert.deepEqual(low, []);
  });
});

describe('Google scopes', () => {
  it('rates the short `drive` as full Drive access and points at drive.file', () => {
    const drive = known('google', 'drive');
    assert.ok(atLeast(drive.risk, 'high'));
    assert.match(drive.narrower ?? '', /drive\.file/);
    assert.equal(assessScope('google', `${AUTH}drive`).risk, drive.risk);
  });

  it('does not rate per-file drive.file as high', () => {
    assert.ok(!atLeast(known('google', `${AUTH}drive.file`).risk, 'high'));
    assert.ok(!atLeast(known('google', 'drive.file').risk, 'high'));
  });

  it('rates every Gmail scope Google classifies as restricted or sensitive at least high', () => {
    // Google's restricted list (support.google.com/cloud/answer/13464325) plus the sensitive gmail.send.
    const restrictedOrSensitive = ['gmail.readonly', 'gmail.metadata', 'gmail.modify', 'gmail.insert', 'gmail.compose', 'gmail.settings.basic', 'gmail.settings.sharing', 'gmail.send'];
    for (const short of restrictedOrSensitive) {
      const assessment = known('google', `${AUTH}${short}`);
      assert.ok(atLeast(assessment.risk, 'high'), `${short} rated ${assessment.risk}`);
    }
    assert.equal(known('google', 'https://mail.google.com/').risk, 'critical');
    assert.equal(known('google', 'https://mail.google.com').risk, 'critical');
  });

  it('expands short forms and keeps OpenID names as they are', () => {
    assert.equal(catalogFor('google')?.normalize?.('gmail.readonly'), `${AUTH}gmail.readonly`);
    assert.equal(catalogFor('google')?.normalize?.('email'), 'email');
    assert.equal(known('google', 'gmail.readonly').risk, known('google', `${AUTH}gmail.readonly`).risk);
    for (const scope of ['openid', 'email', 'profile']) assert.equal(known('google', scope).risk, 'low');
  });

  it('rates cloud-platform and directory administration critical', () => {
    assert.equal(known('google', `${AUTH}cloud-platform`).risk, 'critical');
    assert.equal(known('google', 'admin.directory.user').risk, 'critical');
  });
});

describe('GitHub scopes and permissions', () => {
  it('rates classic repo critical with a fine-grained alternative', () => {
    const repo = known('github', 'repo');
    assert.equal(repo.risk, 'critical');
    assert.match(repo.narrower ?? '', /contents:read/);
    assert.equal(known('github', 'read:user').risk, 'low');
    assert.equal(known('github', 'admin:org').risk, 'critical');
  });

  it('folds workflow YAML spellings onto the REST permission names', () => {
    for (const written of ['pull-requests: write', 'pull-requests:write', 'Pull-Requests : write']) {
      assert.equal(catalogFor('github')?.normalize?.(written), 'pull_requests:write');
      assert.equal(known('github', written).reason, known('github', 'pull_requests:write').reason);
    }
    assert.equal(catalogFor('github')?.normalize?.('security-events: read'), 'security_events:read');
    assert.equal(catalogFor('github')?.normalize?.('id-token: write'), 'id-token:write');
    assert.equal(known('github', 'id-token: write').risk, 'medium');
  });

  it('rates the fine-grained extremes', () => {
    assert.equal(known('github', 'administration:write').risk, 'critical');
    assert.equal(known('github', 'contents:read').risk, 'low');
    assert.equal(known('github', 'metadata:read').risk, 'low');
    assert.ok(atLeast(known('github', 'secrets:write').risk, 'high'));
  });

  it('rates write-all critical and names the per-job alternative', () => {
    const writeAll = known('github', 'write-all');
    assert.equal(writeAll.risk, 'critical');
    assert.match(writeAll.narrower ?? '', /per-job/);
    assert.ok(!atLeast(known('github', 'read-all').risk, 'high'));
  });
});

describe('Microsoft Graph permissions', () => {
  it('matches prefixed, lower-cased names to the catalog entry', () => {
    const mail = known('microsoft', 'https://graph.microsoft.com/mail.readwrite');
    assert.equal(mail.reason, known('microsoft', 'Mail.ReadWrite').reason);
    assert.ok(atLeast(mail.risk, 'high'));
    assert.equal(known('microsoft', 'directory.readwrite.all').risk, 'critical');
    assert.equal(catalogFor('microsoft')?.normalize?.('https://graph.microsoft.com/user.read'), 'User.Read');
  });

  it('marks offline_access long-lived and .default as medium', () => {
    const offline = known('microsoft', 'offline_access');
    assert.equal(offline.longLived, true);
    assert.equal(known('microsoft', 'https://graph.microsoft.com/.default').risk, 'medium');
    assert.equal(known('microsoft', 'User.Read').risk, 'low');
  });

  it('rates privilege-granting permissions critical and names narrower file access', () => {
    for (const scope of ['RoleManagement.ReadWrite.Directory', 'Application.ReadWrite.All', 'Sites.FullControl.All']) {
      assert.equal(known('microsoft', scope).risk, 'critical', scope);
    }
    const files = known('microsoft', 'Files.ReadWrite.All');
    assert.match(files.narrower ?? '', /Files\.ReadWrite\.AppFolder/);
    assert.match(files.narrower ?? '', /Sites\.Selected/);
    assert.match(known('microsoft', 'Directory.Read.All').reason, /admin consent/);
  });

  it('leaves an unknown Graph permission to the heuristic', () => {
    const unknown = assessScope('microsoft', 'https://graph.microsoft.com/Widgets.ReadWrite.All');
    assert.equal(unknown.known, false);
    assert.equal(unknown.risk, 'high');
  });
});

describe('other providers', () => {
  it('Slack: organisation admin writes are critical, message archives high', () => {
    assert.equal(known('slack', 'admin.users:write').risk, 'critical');
    for (const scope of ['channels:history', 'groups:history', 'im:history', 'mpim:history']) assert.equal(known('slack', scope).risk, 'high');
    assert.ok(!atLeast(known('slack', 'chat:write').risk, 'high'));
  });

  it('Salesforce, GitLab, Okta, Atlassian: full/admin scopes critical, refresh scopes long-lived', () => {
    assert.equal(known('salesforce', 'full').risk, 'critical');
    assert.equal(known('salesforce', 'refresh_token').longLived, true);
    assert.equal(known('gitlab', 'api').risk, 'critical');
    assert.equal(known('gitlab', 'sudo').risk, 'critical');
    assert.ok(!atLeast(known('gitlab', 'read_api').risk, 'high'));
    assert.equal(known('okta', 'okta.users.manage').risk, 'critical');
    assert.equal(known('okta', 'offline_access').longLived, true);
    assert.equal(known('atlassian', 'manage:jira-configuration').risk, 'critical');
    assert.equal(known('atlassian', 'offline_access').longLived, true);
  });

  it('Azure DevOps: resource-prefixed and vssps spellings resolve', () => {
    assert.equal(known('azure-devops', '499b84ac-1321-427f-aa17-267ca6975798/user_impersonation').risk, 'critical');
    assert.equal(known('azure-devops', 'https://app.vssps.visualstudio.com/vso.code_full').risk, 'critical');
    assert.equal(known('azure-devops', '499b84ac-1321-427f-aa17-267ca6975798/vso.code').reason, known('azure-devops', 'vso.code').reason);
    assert.equal(known('azure-devops', 'https://app.vssps.visualstudio.com/.default').risk, 'high');
  });

  it('Notion: capability labels map onto the modelled pseudo-scopes', () => {
    assert.equal(catalogFor('notion')?.normalize?.('Read content'), 'read_content');
    assert.equal(catalogFor('notion')?.normalize?.('Read user information including email addresses'), 'user_information_with_email');
    assert.ok(atLeast(known('notion', 'Update content').risk, 'high'));
  });

  it('Dropbox, Box, Linear, Bitbucket, HubSpot, Zoom: the account-wide scopes rate high or worse', () => {
    assert.equal(known('dropbox', 'team_data.member').risk, 'critical');
    assert.match(known('box', 'root_readwrite').narrower ?? '', /root_readonly/);
    assert.equal(known('linear', 'admin').risk, 'critical');
    assert.equal(known('linear', 'read').risk, 'low');
    assert.equal(known('bitbucket', 'repository:admin').risk, 'critical');
    assert.ok(atLeast(known('hubspot', 'crm.objects.contacts.write').risk, 'high'));
    assert.equal(known('zoom', 'recording:read:admin').risk, 'critical');
  });

  it('falls back to the OpenID Connect catalog for standard scopes', () => {
    assert.equal(known('hubspot', 'openid').risk, 'low');
    const offline = known('linear', 'offline_access');
    assert.equal(offline.longLived, true);
    assert.equal(known('oidc', 'address').risk, 'low');
  });
});

describe('heuristic for unknown scopes', () => {
  it('rates admin-sounding and tenant-wide names high, writes medium, reads low', () => {
    const admin = assessScope('oidc', 'foo.admin');
    assert.deepEqual([admin.known, admin.risk], [false, 'high']);
    assert.equal(heuristicAssessment('Gadgets.Read.All').risk, 'high');
    assert.equal(heuristicAssessment('widgets:write').risk, 'medium');
    assert.equal(heuristicAssessment('widgets:read').risk, 'low');
  });

  it('marks refresh-sounding names long-lived', () => {
    const refresh = heuristicAssessment('acme.offline');
    assert.equal(refresh.longLived, true);
    assert.equal(refresh.known, false);
  });

  it('worstRisk picks the highest rank and defaults to low', () => {
    assert.equal(worstRisk(['low', 'critical', 'medium']), 'critical');
    assert.equal(worstRisk([]), 'low');
    assert.equal(worstRisk([assessScope('github', 'repo').risk, assessScope('github', 'read:user').risk]), 'critical');
  });
});
