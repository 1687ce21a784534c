/**
 * JSON Schemas generated from the one zod schema, checked in under core/schema/ by the build
 * (esbuild.config.mjs) and compared with this output by a test, so they cannot drift apart:
 * - policy.schema.json: JSON Schema draft-07, for editors (`"$schema"` in .secret-hygiene.json) and admins;
 * - chrome-managed-schema.json: the extension's `storage.managed_schema`.
 */
import { z } from 'zod';
import { policySchema } from './schema.js';

type JsonSchema = { [key: string]: unknown };

/** The zod schema uses something a target dialect cannot express: a build-time error, never a runtime one. */
export class PolicySchemaError extends Error {
  override readonly name = 'PolicySchemaError' as const;
}

export function policyJsonSchema(): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(policySchema, { target: 'draft-07', unrepresentable: 'throw' }) as JsonSchema;
  return { $schema, title: 'Secret Hygiene policy', ...rest };
}

/**
 * Chrome validates managed_schema with its own restricted dialect (components/policy/core/common/schema.cc):
 * every node has exactly a `type` or a `$ref`; per type only these attributes; no additionalProperties
 * or patternProperties on the top level; `enum` only on string and integer; no anyOf/oneOf, const or
 * format. The draft-07 schema is translated node by node, and anything the dialect cannot say throws.
 */
const CHROME_ATTRIBUTES: Record<string, readonly string[]> = {
  object: ['type', 'title', 'description', 'id', 'properties', 'patternProperties', 'additionalProperties', 'required'],
  array: ['type', 'title', 'description', 'id', 'items'],
  string: ['type', 'title', 'description', 'id', 'enum', 'pattern'],
  integer: ['type', 'title', 'description', 'id', 'enum', 'minimum', 'maximum'],
  number: ['type', 'title', 'description', 'id'],
  boolean: ['type', 'title', 'description', 'id'],
  $ref: ['$ref', 'title', 'description'],
};

/** Keywords that only document or only constrain further: Chrome has no way to say them, and the zod schema still checks them on read. */
const DROPPED = new Set(['$schema', '$id', 'format', 'minLength', 'maxLength', 'minItems', 'maxItems', 'propertyNames', 'default']);

export function chromeManagedSchema(): JsonSchema {
  const root = policyJsonSchema();
  // `$schema` lets editors find the schema of a policy file; it is no policy an admin sets.
  const { $schema: _editorsOnly, ...policies } = root.properties as JsonSchema;
  return toChrome({ ...root, properties: policies }, '', new Set(), true);
}

function toChrome(node: JsonSchema, path: string, ids: Set<string>, top = false): JsonSchema {
  const unsupported = ['anyOf', 'oneOf', 'allOf', 'not', '$ref', '$defs', 'definitions'].find((key) => key in node);
  if (unsupported) throw new PolicySchemaError(`policy schema at ${path || '(root)'}: ${unsupported} cannot be expressed in Chrome's managed_schema`);
  if (node.const !== undefined && !Number.isInteger(node.const) && typeof node.const !== 'string') {
    throw new PolicySchemaError(`policy schema at ${path}: const ${JSON.stringify(node.const)} cannot be expressed in Chrome's managed_schema`);
  }
  // A numeric literal (version: 1) is an integer enum: Chrome allows enum on integers, not numbers.
  const type = typeof node.const === 'number' ? 'integer' : (node.type as string);
  const out: JsonSchema = { type };
  if (node.const !== undefined) out.enum = [node.const];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'const' || DROPPED.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, child]) => [name, toChrome(child as JsonSchema, join(path, name), ids)]));
    } else if (key === 'items') out.items = toChrome(value as JsonSchema, `${path}[]`, ids);
    else if (key === 'additionalProperties') Object.assign(out, mapEntries(node, value, path, ids));
    else if (key === 'pattern') out.pattern = value;
    else out[key] = value;
  }
  if (top && (out.additionalProperties || out.patternProperties)) throw new PolicySchemaError('policy schema: Chrome allows neither additionalProperties nor patternProperties at the top level');
  const allowed = CHROME_ATTRIBUTES[type];
  if (!allowed) throw new PolicySchemaError(`policy schema at ${path}: type ${JSON.stringify(type)} is not supported by Chrome`);
  const extra = Object.keys(out).find((key) => !allowed.includes(key));
  if (extra) throw new PolicySchemaError(`policy schema at ${path}: Chrome does not allow "${extra}" on type ${type}`);
  return out;
}

/**
 * A strict object (`additionalProperties: false`) is implied in Chrome, which rejects unknown
 * properties itself. A record becomes `properties` when its keys are an enum (one shared node,
 * referenced by id) and `patternProperties` when they follow a pattern.
 */
function mapEntries(node: JsonSchema, additional: unknown, path: string, ids: Set<string>): JsonSchema {
  if (additional === false) return {};
  const names = node.propertyNames as JsonSchema | undefined;
  const value = additional as JsonSchema;
  if (Array.isArray(names?.enum)) {
    const id = `${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}Entry`;
    if (ids.has(id)) throw new PolicySchemaError(`policy schema: duplicate Chrome schema id ${id}`);
    ids.add(id);
    const [first, ...rest] = names.enum as string[];
    const shared = { id, ...toChrome(value, join(path, first!), ids) };
    return { properties: Object.fromEntries([[first, shared], ...rest.map((name) => [name, { $ref: id }])]) };
  }
  const pattern = typeof names?.pattern === 'string' ? names.pattern : '.*';
  return { patternProperties: { [pattern]: toChrome(value, join(path, '*'), ids) } };
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** The checked-in files, exactly as written: pretty JSON with a trailing newline. */
export function policySchemaFiles(): Record<string, string> {
  const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return { 'policy.schema.json': pretty(policyJsonSchema()), 'chrome-managed-schema.json': pretty(chromeManagedSchema()) };
}
