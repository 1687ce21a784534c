/** @secret-hygiene/core — pure TypeScript; no fs, no vscode, no browser APIs. */
export * from './engine/types.js';
export { Scanner, type ScanOptions, type ScanResult } from './engine/scanner.js';
export { RuleError, BaselineError } from './engine/errors.js';
export { shannonEntropy } from './engine/entropy.js';
export { isExampleFile, isPlaceholder, isReference } from './engine/placeholders.js';
export { redact } from './engine/mask.js';
export { fingerprintOf } from './engine/finding.js';
export { atLeast, severityRank, isSeverity } from './engine/severity.js';
export { builtinRules } from './rules/index.js';
export { parseJwt, jwtLifetime } from './tokens/jwt.js';
export { crc32, hasValidCrc32Suffix } from './tokens/checksum.js';
export { githubTokenFacts, parseGitHubExpirationHeader, type GitHubTokenFacts } from './tokens/github.js';
export { parseBaseline, createBaseline, baselineFilter, baselineSalt, newBaselineSalt, type Baseline, type BaselineEntry } from './engine/baseline.js';
export { DEFAULT_FINGERPRINT_SALT, FINGERPRINT_ITERATIONS } from './engine/fingerprint.js';
export { isKeystorePath, scanKeystore } from './formats/pkcs12.js';
export { type CandidateSet } from './engine/scanner.js';
export { scanDocument, type DocumentScanOptions, type DocumentScanResult } from './formats/document.js';
export { detectFileKind, type FileKindMatch } from './formats/detect.js';
export { FILE_KINDS, CLIENTS, CLIENT_NAMES, type FileKind, type Client } from './formats/kinds.js';
export { configSecretRule } from './formats/config-secrets.js';
export { assessScope, catalogFor, heuristicAssessment, scopeCatalogs, scopeRiskRank, worstRisk } from './oauth/catalog.js';
export { OAUTH_PROVIDERS, SCOPE_RISKS, type OAuthProviderId, type ScopeAssessment, type ScopeCatalog, type ScopeEntry, type ScopeRisk } from './oauth/types.js';
export {
  parseAuthorizationRequest,
  formatAuthorizationRequestJson,
  authorizationRequestJson,
  type AuthorizationRequest,
  type RequestedScope,
} from './oauth/authorization-request.js';
export { authorizationHosts, authorizationEndpoints } from './oauth/endpoints.js';
export { scanScopes, scopeFindings } from './oauth/code-scopes.js';
export { mentionsProviderContext } from './oauth/code/scope-literals.js';
export * from './remediation/index.js';
export * from './policy/index.js';
export * from './verify/index.js';
export * from './broker/index.js';
export * from './audit/delivery.js';
export { matchAuthorizationEndpoint } from './oauth/endpoints.js';
export { parseGitignore, ignoredByLayers, type IgnoreLayer, type IgnoreRule } from './ignore/gitignore.js';
