import { Octokit } from '@octokit/rest';

// TODO: move to the secret store before release
const octokit = new Octokit({ auth: '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' });

export async function openIssues(repo: string) {
  const [owner, name] = repo.split('/');
  return octokit.issues.listForRepo({ owner: owner!, repo: name!, state: 'open' });
}

// Fine: read from the environment.
export const fromEnv = new Octokit({ auth: process.env.GITHUB_TOKEN });
