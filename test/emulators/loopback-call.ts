/**
 * The test side of a VerifierSpec: an `ApiCall` that sends every request to one loopback emulator
 * (whatever `host` the spec names), as the CLI does under SECRET_HYGIENE_API_BASE, without the CLI's
 * queueing and retries: a spec test sees exactly what the emulator answered (429, 5xx, a slow reply).
 */
import { request as httpRequest } from 'node:http';
import type { ApiCall, ApiRequest, ApiResponse } from '../../core/src/verify/types.js';

export interface LoopbackCall extends ApiCall {
  /** Every request the spec made, in order (host as the spec named it). */
  sent: ApiRequest[];
}

export function loopbackCall(baseUrl: string, timeoutMs = 2000): LoopbackCall {
  const sent: ApiRequest[] = [];
  const call = (req: ApiRequest): Promise<ApiResponse> => {
    sent.push(req);
    const url = new URL(baseUrl + req.path);
    return new Promise<ApiResponse>((resolve, reject) => {
      const outgoing = httpRequest(url, { method: req.method, headers: { ...req.headers, ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}) }, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', reject);
      });
      outgoing.on('timeout', () => outgoing.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      outgoing.on('error', reject);
      outgoing.end(req.body);
    });
  };
  return Object.assign(call, { sent });
}
