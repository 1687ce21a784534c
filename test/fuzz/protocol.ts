/** Messages between the fuzz runner and its worker threads. */

export type WorkerRequest =
  /** Scan every rule's samples once, so that compiling regexes is not timed as an input's cost. */
  | { id: number; op: 'warm' }
  /** Never returns: the watchdog's own test. */
  | { id: number; op: 'spin' }
  /** `scanDocument` with every rule, as the CLI and VS Code call it (`path` omitted: no file kind, no fix planning). */
  | { id: number; op: 'document'; text: string; path?: string }
  /** `Scanner.scan` alone (the rules, no formats or remediation), over every rule or the listed ones. */
  | { id: number; op: 'text'; text: string; path?: string; ruleIds?: readonly string[] };

export interface WorkerReply {
  id: number;
  /** Time of the scan inside the worker. */
  ms: number;
  /** CPU time of the process over the same span (user + system). */
  cpuMs: number;
  findings?: number;
  /** `Name: message` of an exception the scan threw. */
  error?: string;
}
