/** Every provider whose consent page is read, in one explicit list (a provider = one file + one line). */
import type { OAuthProviderId } from '../../core-api.js';
import type { ConsentPageShape } from '../shape.js';
import { githubConsentPage } from './github.js';
import { googleConsentPage } from './google.js';
import { microsoftConsentPage } from './microsoft.js';

export const consentPageShapes: readonly ConsentPageShape[] = [googleConsentPage, microsoftConsentPage, githubConsentPage];

export function consentPageShape(provider: OAuthProviderId, path: string): ConsentPageShape | undefined {
  const shape = consentPageShapes.find((s) => s.provider === provider);
  return shape && shape.paths.some((p) => p.test(path)) ? shape : undefined;
}
