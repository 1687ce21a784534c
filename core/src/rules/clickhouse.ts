/**
 * ClickHouse Cloud API key secrets (`4b1d` + 38 alphanumerics; optional expiry):
 * https://clickhouse.com/docs/cloud/manage/openapi
 */
import type { Rule } from '../engine/types.js';
import { standalone } from './patterns.js';

export const rules: Rule[] = [
  {
    id: 'clickhouse-cloud-api-secret',
    provider: 'clickhouse',
    description: 'ClickHouse Cloud API key secret',
    regex: standalone('4b1d[A-Za-z0-9]{38}'),
    keywords: ['4b1d'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3.5,
    rotateUrl: 'https://console.clickhouse.cloud/',
    samples: {
      match: [{ text: 'CLICKHOUSE_KEY_SECRET=4b1dy4bIAz5doloPhVkPAMGXIoYIPkYDcaLcETjSGo', reason: 'env var' }],
      noMatch: [{ text: 'key = adf4b1dvDh8sVfujuL8y22hBxdwJVljy1O2vtj6Dzv2tP', reason: 'glued' }],
    },
  },
];
