import assert from 'node:assert/strict';
import { parseAuthorizationRequest } from '@secret-hygiene/core';
import { resolvePolicy } from '@secret-hygiene/core';
import { verdictFor } from '../src/model/classify.js';
import { CSV_COLUMNS, csvCell, historyToCsv, historyToJson } from '../src/model/export.js';
import { createRecord } from '../src/model/record.js';

const URL_TEXT = 'https://github.com/login/oauth/authorize?client_id=Ov23liAbCdEf12345678&scope=repo%20read:org&redirect_uri=https%3A%2F%2Fci.example.com%2Fcb&state=s3cret';

function record(appName?: string) {
  const request = parseAuthorizationRequest(URL_TEXT)!;
  const r = createRecord(request, new URL(URL_TEXT), verdictFor(request, resolvePolicy([])), new Date('2025-05-01T10:00:00Z'), 'id-1');
  if (appName) r.appName = appName;
  return r;
}

describe('history export', () => {
  it('CSV: a header and one row per record, RFC 4180 line endings', () => {
    const csv = historyToCsv([record('Acme CI')]);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    assert.match(lines[1]!, /^2025-05-01T10:00:00\.000Z,github,github\.com,\/login\/oauth\/authorize,Ov23liAbCdEf12345678,Acme CI,critical,warn,default: built-in defaults,repo \(critical\); read:org \(low\),/);
  });

  it('CSV cells: quotes doubled, commas and line breaks quoted', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
  });

  it('CSV cells never start a formula (app names come from web pages)', () => {
    for (const evil of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx']) assert.ok(csvCell(evil).replace(/^"/, '').startsWith("'"), evil);
    assert.ok(historyToCsv([record('=cmd|calc')]).includes(",'=cmd|calc,"));
  });

  it('JSON: versioned, with the records as kept and without the OAuth state', () => {
    const json = JSON.parse(historyToJson([record()], new Date('2025-05-02T00:00:00Z')));
    assert.equal(json.version, 1);
    assert.equal(json.exportedAt, '2025-05-02T00:00:00.000Z');
    assert.equal(json.records[0].clientId, 'Ov23liAbCdEf12345678');
    assert.equal(json.records[0].redirectOrigin, 'https://ci.example.com');
    assert.ok(!JSON.stringify(json).includes('s3cret'));
  });
});
