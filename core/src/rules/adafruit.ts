/**
 * Adafruit IO keys: current keys are `aio_` + 28 alphanumerics; older keys are 32 hex.
 * https://io.adafruit.com/api/docs/#authentication . Keys do not expire; "Regenerate key" revokes.
 */
import type { Rule } from '../engine/types.js';
import { assignment, standalone } from './patterns.js';

const ROTATE = 'https://io.adafruit.com/';

export const rules: Rule[] = [
  {
    id: 'adafruit-io-key',
    provider: 'adafruit',
    description: 'Adafruit IO key (aio_)',
    regex: standalone('aio_[A-Za-z0-9]{28}'),
    keywords: ['aio_'],
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: 'ADAFRUIT_IO_KEY = "aio_vSA3VTrzBuIAyjyWy4AZj5OapMG7"', reason: 'CircuitPython secrets' }],
      noMatch: [{ text: 'aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx', reason: 'placeholder' }],
    },
  },
  {
    id: 'adafruit-io-key-assigned',
    provider: 'adafruit',
    description: 'Adafruit IO key (32 chars) assigned to an Adafruit-named variable',
    regex: assignment(['adafruit'], '[A-Za-z0-9_-]{32}'),
    keywords: ['adafruit'],
    window: { before: 64, after: 320, crossLines: true },
    severity: 'high',
    lifetime: 'long-lived',
    entropy: 3,
    rotateUrl: ROTATE,
    samples: {
      match: [{ text: "'adafruit_key': '8c763211caeae0ffac7cb2c8a2788fbf'", reason: 'legacy hex key' }],
      noMatch: [{ text: "'adafruit_key': 'your_adafruit_io_key_goes_here_ok'", reason: 'placeholder' }],
    },
  },
];
