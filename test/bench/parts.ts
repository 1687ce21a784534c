/**
 * `npm run bench:parts [-- NAME…]`: the start-up and online benches alone (agent hook, pre-commit,
 * broker, verification, policy merge), against the built CLI, without the corpus scans, peers and fuzz
 * run of the full bench. Names: hook, staged, broker, verify, merge (default: all).
 */
import { join } from 'node:path';
import { brokerBenchLine } from './broker.js';
import { stagedBench } from './history.js';
import { hookBenchLine } from './hooks.js';
import { policyMergeBenchLine } from './policy-merge.js';
import { verifyBenchLine } from './verify.js';

const CLI = process.env.SECRET_HYGIENE_BENCH_CLI ?? join(process.cwd(), 'cli/dist/secret-hygiene.js');
const wanted = new Set(process.argv.slice(2));
const want = (name: string) => wanted.size === 0 || wanted.has(name);

if (want('hook')) console.log(hookBenchLine(CLI));
if (want('staged')) console.log(stagedBench(CLI, 7));
if (want('broker')) console.log(await brokerBenchLine(CLI));
if (want('verify')) console.log(await verifyBenchLine(CLI));
if (want('merge')) console.log(policyMergeBenchLine());
