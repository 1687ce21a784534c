/**
 * Benchmark: classifying one top-frame navigation as the service worker does it (recognise the
 * authorization request, rate every scope, judge it by a layered policy). Target: ≤ 1 ms each.
 * Pure: runs in Node (test/bench imports it) and in the browser.
 */
import { resolvePolicy } from './core-api.js';
import { classifyNavigation } from './model/classify.js';

const AUTHORIZATION_URLS = [
  'https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&response_type=code&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive&access_type=offline&prompt=consent&state=abc',
  'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf12345678&redirect_uri=https%3A%2F%2Fci.example.com%2Fcb&scope=repo%20workflow%20read%3Aorg&state=x',
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20offline_access%20Mail.ReadWrite%20Files.Read.All&code_challenge=abc&code_challenge_method=S256',
  'https://slack.com/oauth/v2/authorize?client_id=1234.5678&scope=channels:read,chat:write&user_scope=search:read&redirect_uri=https%3A%2F%2Fbot.example.com%2Fcb',
  'https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=AtLaS123&scope=read%3Ajira-work%20write%3Ajira-work%20offline_access&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=s&response_type=code&prompt=consent',
  'https://www.dropbox.com/oauth2/authorize?client_id=dbx9k2&response_type=code&token_access_type=offline&scope=files.content.read%20files.content.write&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb',
  // Issue 19: flows and providers late in the endpoint table (admin consent, a bot bitfield, a wildcard host, an unscoped console app).
  'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=s',
  'https://discord.com/oauth2/authorize?client_id=1187000000000000001&scope=bot%20applications.commands&permissions=268443670',
  'https://acme-store.myshopify.com/admin/oauth/authorize?client_id=a1b2&scope=read_orders,write_products&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=s',
  'https://api.vimeo.com/oauth/authorize?response_type=code&client_id=v&redirect_uri=http%3A%2F%2F203.0.113.7%2Fcb&scope=public%20private%20video_files',
  'https://miro.com/oauth/authorize?response_type=code&client_id=345&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb',
];
/** Ordinary pages on the same hosts: most navigations the worker sees are not authorization requests. */
const OTHER_URLS = ['https://github.com/octocat/Hello-World/pull/1347', 'https://accounts.google.com/signin/oauth/consent?authuser=0&part=AJi8hAM'];

export interface NavigationBenchmark {
  navigations: number;
  /** Mean over authorization requests (the expensive case). */
  meanMs: number;
  p99Ms: number;
  /** Mean over ordinary pages (rejected by the cheap prefilter or the parser). */
  otherMeanMs: number;
}

export function benchmarkNavigationClassification(iterations = 2000): NavigationBenchmark {
  const policy = resolvePolicy([
    { source: 'managed', origin: 'bench', document: { oauth: { rules: { github: { blockedScopes: ['delete_repo'], action: 'block' }, '*': { maxRisk: 'high', action: 'warn' } } } } },
    { source: 'user', origin: 'bench', document: { oauth: { rules: { slack: { maxRisk: 'low' } } } } },
  ]);
  const options = { genericDetection: true };
  for (let i = 0; i < 200; i++) for (const url of AUTHORIZATION_URLS) classifyNavigation(url, policy, options); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const url = AUTHORIZATION_URLS[i % AUTHORIZATION_URLS.length]!;
    const start = performance.now();
    const classified = classifyNavigation(url, policy, options);
    samples.push(performance.now() - start);
    if (!classified) throw new Error(`bench: ${url} was not recognised`);
  }
  let other = 0;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    classifyNavigation(OTHER_URLS[i % OTHER_URLS.length]!, policy, options);
    other += performance.now() - start;
  }
  samples.sort((a, b) => a - b);
  return {
    navigations: iterations,
    meanMs: samples.reduce((a, b) => a + b, 0) / samples.length,
    p99Ms: samples[Math.floor(samples.length * 0.99)]!,
    otherMeanMs: other / iterations,
  };
}
