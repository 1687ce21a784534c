/**
 * Where each effective policy value came from, kept compactly while layers merge.
 *
 * A managed allowlist can hold a million fingerprints. One `{ source, origin, value }` record per
 * member under a `allowlist.fingerprints[…]` key cost 2–3 s of a 1,000,000-fingerprint merge (issue 17's
 * target is 2 s for all of it), so list members are kept as value → layer maps, which double as the
 * lists' membership sets. The flat `Provenance` record that the `policy` command and the extensions read
 * is built only when someone asks for it.
 */
import type { PolicySource, Provenance, ProvenanceEntry } from './types.js';

/** The layer that set a value: one object per layer, shared by every member it adds. */
export interface LayerOrigin {
  source: PolicySource;
  origin: string;
}

/** `allowlist.paths` + `docs/**` → `allowlist.paths[docs/**]`: the key list members have in `Provenance`. */
export const memberKey = (field: string, value: string): string => `${field}[${value}]`;

export class ProvenanceLedger {
  private readonly scalars: Provenance = {};
  private readonly lists = new Map<string, Map<string, LayerOrigin>>();

  get(field: string): ProvenanceEntry | undefined {
    return this.scalars[field];
  }

  set(field: string, layer: LayerOrigin, value: ProvenanceEntry['value']): void {
    this.scalars[field] = { source: layer.source, origin: layer.origin, value };
  }

  /** The members of list `field` that some layer set, with that layer (insertion order = list order). */
  members(field: string): Map<string, LayerOrigin> {
    let members = this.lists.get(field);
    if (!members) this.lists.set(field, (members = new Map()));
    return members;
  }

  /** Every entry, in the flat spelling; with `source`, only what that source set (no keys built for the rest). */
  *entries(source?: PolicySource): Generator<[string, ProvenanceEntry]> {
    for (const [field, entry] of Object.entries(this.scalars)) if (!source || entry.source === source) yield [field, entry];
    for (const [field, members] of this.lists) {
      for (const [value, layer] of members) {
        if (!source || layer.source === source) yield [memberKey(field, value), { source: layer.source, origin: layer.origin, value }];
      }
    }
  }

  toRecord(): Provenance {
    return Object.fromEntries(this.entries());
  }
}

const ledgers = new WeakMap<object, ProvenanceLedger>();

/**
 * Gives a resolved policy its `provenance` record, built from the ledger on first read (then kept).
 * It stays an ordinary enumerable property for JSON, postMessage and spreads; `provenanceOf` answers
 * single lookups without building it.
 */
export function withProvenance<T extends object>(resolved: T, ledger: ProvenanceLedger): T & { provenance: Provenance } {
  let record: Provenance | undefined;
  Object.defineProperty(resolved, 'provenance', {
    enumerable: true,
    configurable: true,
    get: () => (record ??= ledger.toRecord()),
    set: (value: Provenance) => (record = value),
  });
  ledgers.set(resolved, ledger);
  return resolved as T & { provenance: Provenance };
}

/** Where `field` (flat spelling, members as `list[value]`) came from, without building the whole record. */
export function provenanceOf(resolved: { provenance: Provenance }, field: string): ProvenanceEntry | undefined {
  const ledger = ledgers.get(resolved);
  if (!ledger) return resolved.provenance[field];
  const open = field.indexOf('[');
  if (open < 0 || !field.endsWith(']')) return ledger.get(field);
  const list = field.slice(0, open);
  const value = field.slice(open + 1, -1);
  const layer = ledger.members(list).get(value);
  return layer ? { source: layer.source, origin: layer.origin, value } : undefined;
}
