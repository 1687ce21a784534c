/**
 * Everything the extension takes from @secret-hygiene/core, in one place. `matchAuthorizationEndpoint`
 * is not exported by core's index yet, so it comes from its source file.
 */
export {
  parseAuthorizationRequest,
  authorizationHosts,
  assessScope,
  worstRisk,
  scopeRiskRank,
  SCOPE_RISKS,
  OAUTH_PROVIDERS,
  resolvePolicy,
  formatPolicyProblem,
  oauthVerdict,
  validatePolicyDocument,
  redact,
  type AuthorizationRequest,
  type RequestedScope,
  type ScopeRisk,
  type OAuthProviderId,
  type ScopeAssessment,
  type OAuthVerdict,
  type PolicyDocument,
  type PolicyIssue,
  type PolicyLayer,
  type ResolvedPolicy,
  type ProvenanceEntry,
  type PolicyProblem,
  type PolicySource,
  matchAuthorizationEndpoint,
} from '@secret-hygiene/core';
