/** Token verification and revocation: specs per provider, pure; the host performs the HTTP calls. */
export type { ApiCall, ApiRequest, ApiResponse, Credential, HeldScopes, RevocationOutcome, Verification, VerificationStatus, VerifierSpec } from './types.js';
export { verifiers, verifierForRule, verifierById } from './registry.js';
export { parseApiBaseOverrides, API_BASE_VARIABLE, type ApiBaseOverrides } from './api-base.js';
export { severityFromVerification, type VerifiedSeverity } from './severity.js';
export { assessHeldScopes } from './over-scope.js';
export { runVerification, runRevocation, scrubCredential, missingCompanions } from './run.js';
export { VERIFICATION_MODES, verificationAllows, type VerificationMode } from './mode.js';
