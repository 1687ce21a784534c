import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brokerAuditEvent } from '@secret-hygiene/core';
import { startLoopbackServer } from '../../test/emulators/loopback-server.js';
import { AuditSink, auditLogPath } from '../src/broker/audit-sink.js';
import { tempDir } from './support/temp-dir.js';

const event = (outcome: 'resolved' | 'revoked') =>
  brokerAuditEvent({ type: outcome === 'resolved' ? 'broker.resolution' : 'broker.revocation', scheme: 'keychain', reference: 'keychain://svc/acct', variable: 'TOKEN', command: 'node', outcome }, new Date('2026-12-06T00:00:00Z'));

const noSleep = async () => undefined;

describe('broker audit sink', () => {
  it('without an endpoint: one JSONL line per event under XDG_STATE_HOME, the file private to the user', async () => {
    const state = tempDir('sh-audit-');
    const logPath = auditLogPath({ XDG_STATE_HOME: state }, 'linux');
    assert.equal(logPath, join(state, 'secret-hygiene', 'audit.jsonl'));
    assert.equal(auditLogPath({ HOME: '/home/u' }, 'linux'), '/home/u/.local/state/secret-hygiene/audit.jsonl');
    const sink = new AuditSink({ logPath, version: '1' });
    sink.record(event('resolved'));
    sink.record(event('revoked'));
    await sink.close();
    const lines = readFileSync(logPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { outcome: string });
    assert.deepEqual(lines.map((l) => l.outcome), ['resolved', 'revoked']);
    const { statSync } = await import('node:fs');
    assert.equal(statSync(logPath).mode & 0o777, 0o600);
  });

  it('with an endpoint: one batch in the extension envelope, retried on 503 (Retry-After honoured), nothing kept locally', async () => {
    let calls = 0;
    const server = await startLoopbackServer((request) => {
      if (request.method !== 'POST') return undefined;
      calls++;
      return calls === 1 ? { status: 503, headers: { 'retry-after': '1' } } : { status: 204 };
    });
    const state = tempDir('sh-audit-');
    const waits: number[] = [];
    try {
      const logPath = auditLogPath({ XDG_STATE_HOME: state }, 'linux');
      const sink = new AuditSink({ endpoint: `${server.baseUrl}/collect`, logPath, version: '1.2', sleep: async (ms) => void waits.push(ms) });
      sink.record(event('resolved'));
      sink.send();
      sink.record(event('revoked'));
      await sink.close();
      const bodies = server.requests.map((r) => JSON.parse(r.body) as { schema: string; source: string; events: { outcome: string }[] });
      assert.equal(bodies.length, 3, 'first batch twice (503, then 204), second batch once');
      assert.equal(bodies[0]!.schema, 'secret-hygiene.audit/v1');
      assert.equal(bodies[0]!.source, 'secret-hygiene-cli');
      assert.deepEqual(bodies.map((b) => b.events.map((e) => e.outcome).join()), ['resolved', 'resolved', 'revoked']);
      assert.ok(waits[0]! >= 1000, `waited ${waits[0]} ms after Retry-After: 1`);
      assert.equal(existsSync(logPath), false);
      assert.deepEqual(sink.notices, []);
    } finally {
      await server.close();
    }
  });

  it('a collector that refuses (400) or cannot be reached: the events are kept in the local log, marked undelivered, with a notice', async () => {
    const server = await startLoopbackServer(() => ({ status: 400, body: { message: 'no' } }));
    const state = tempDir('sh-audit-');
    try {
      const logPath = auditLogPath({ XDG_STATE_HOME: state }, 'linux');
      const refused = new AuditSink({ endpoint: server.baseUrl, logPath, version: '1', sleep: noSleep });
      refused.record(event('resolved'));
      await refused.close();
      assert.equal(server.requests.length, 1, 'a 4xx is not retried');
      assert.match(refused.notices.join(), /answered 400; 1 event\(s\) kept in/);
      const unreachable = new AuditSink({ endpoint: 'http://127.0.0.1:9/', logPath, version: '1', sleep: noSleep, attempts: 2 });
      unreachable.record(event('revoked'));
      await unreachable.close();
      assert.match(unreachable.notices.join(), /unreachable/);
      const kept = readFileSync(logPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { outcome: string; undelivered: string });
      assert.deepEqual(kept.map((k) => [k.outcome, k.undelivered]), [['resolved', server.baseUrl], ['revoked', 'http://127.0.0.1:9/']]);
    } finally {
      await server.close();
    }
  });
});
