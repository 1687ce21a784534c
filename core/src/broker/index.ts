/** The JIT broker's pure parts: references, policy checks, GitHub App token requests, audit events. */
export * from './references.js';
export * from './policy-check.js';
export * from './github-app.js';
export * from './audit.js';
