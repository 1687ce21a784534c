/**
 * Fuzz worker thread: scans what it is sent the way the CLI's scan worker does (`scanDocument` with the
 * file's path) and replies with the time the scan took, measured here so that messaging and the main
 * thread's generation do not count: wall time, and the process's CPU time (this thread's, when the
 * main thread is idle waiting for it), which other processes on a busy machine do not inflate. A scan that never returns is the parent's to terminate.
 */
import { parentPort } from 'node:worker_threads';
import { Scanner, builtinRules, scanDocument } from '@secret-hygiene/core';
import type { WorkerReply, WorkerRequest } from './protocol.js';

/** A fixed clock: expiry-dependent rules behave the same on every run. */
const NOW = new Date('2026-01-01T00:00:00Z');
const everyRule = new Scanner(builtinRules);
/** Scanners over subsets of the rules (to tell which rule is slow), by the ids' joined list. */
const subsets = new Map<string, Scanner>();

function scannerFor(ruleIds: readonly string[] | undefined): Scanner {
  if (!ruleIds) return everyRule;
  const key = ruleIds.join(',');
  let scanner = subsets.get(key);
  if (!scanner) {
    const wanted = new Set(ruleIds);
    scanner = new Scanner(builtinRules.filter((rule) => wanted.has(rule.id)));
    subsets.set(key, scanner);
  }
  return scanner;
}

/**
 * The rules' own samples, and each rule's first one under three structured paths: compiles every regex
 * and the formats' code before anything is timed (seconds: a fresh worker's first pass costs about five
 * times a warm one's).
 */
function warmUp(): number {
  let findings = 0;
  for (const rule of builtinRules) {
    for (const sample of [...rule.samples.match, ...rule.samples.noMatch]) findings += scanDocument(everyRule, sample.text, { path: sample.path ?? 'src/app.ts', now: NOW }).findings.length;
    const first = rule.samples.match[0]?.text ?? '';
    for (const path of ['.vscode/mcp.json', '.env', 'values.yaml']) findings += scanDocument(everyRule, first, { path, now: NOW }).findings.length;
  }
  return findings;
}

function handle(request: WorkerRequest): WorkerReply {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const elapsed = () => {
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  };
  try {
    let findings = 0;
    if (request.op === 'warm') findings = warmUp();
    else if (request.op === 'spin') for (;;);
    else if (request.op === 'text') findings = scannerFor(request.ruleIds).scan(request.text, { path: request.path, now: NOW }).findings.length;
    else findings = scanDocument(everyRule, request.text, request.path === undefined ? { now: NOW } : { path: request.path, now: NOW }).findings.length;
    return { id: request.id, ...elapsed(), findings };
  } catch (error) {
    // The name and message only: a stack or a value could carry input text.
    const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    return { id: request.id, ...elapsed(), error: `${name}: ${message.slice(0, 200)}` };
  }
}

parentPort!.on('message', (request: WorkerRequest) => parentPort!.postMessage(handle(request)));
