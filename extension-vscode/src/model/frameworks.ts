/**
 * How a finding maps to the frameworks security teams report against. Kept deliberately coarse: one
 * entry per kind of finding, citing the framework's own identifiers.
 * - OWASP Top 10 for Agentic Applications (2026, OWASP GenAI Security Project, Dec 2025): ASI03
 *   Identity & Privilege Abuse covers credentials an agent can use beyond its task, leaked or over-scoped;
 *   ASI04 Agentic Supply Chain covers third-party tools (MCP servers) handed those credentials.
 * - CSA MAESTRO (Cloud Security Alliance, 2025), layers: L3 Agent Frameworks (MCP servers, tools),
 *   L4 Deployment Infrastructure, L6 Security & Compliance (cross-layer: authentication, access control).
 * - NIST AI RMF 1.0 (AI 100-1): GOVERN 6.1 (third-party risk policies), MANAGE 3.1 (third-party
 *   resources monitored, controls applied), MEASURE 2.7 (security and resilience evaluated).
 */
import type { Finding } from './core.js';

export interface FrameworkRefs {
  owasp: string;
  maestro: string;
  nist: string;
}

const AGENT_CONFIG = new Set(['mcp-config', 'agent-settings']);

export function frameworksFor(finding: Finding): FrameworkRefs {
  const inAgentConfig = AGENT_CONFIG.has(finding.location?.fileKind ?? '');
  if (finding.category === 'scope') {
    return {
      owasp: 'ASI03 Identity & Privilege Abuse',
      maestro: 'L6 Security & Compliance (authorization)',
      nist: 'MEASURE 2.7, MANAGE 3.1',
    };
  }
  if (inAgentConfig) {
    return {
      owasp: 'ASI03 Identity & Privilege Abuse, ASI04 Agentic Supply Chain',
      maestro: 'L3 Agent Frameworks (MCP servers), L6 Security & Compliance',
      nist: 'GOVERN 6.1, MANAGE 3.1',
    };
  }
  return {
    owasp: 'ASI03 Identity & Privilege Abuse',
    maestro: 'L4 Deployment Infrastructure, L6 Security & Compliance',
    nist: 'MEASURE 2.7',
  };
}
