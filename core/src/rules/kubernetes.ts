/**
 * Kubernetes Secret manifests committed with their values: `kind: Secret` with base64 `data:` or plain `stringData:`
 * entries. Base64 is an encoding, not encryption: https://kubernetes.io/docs/concepts/configuration/secret/
 * and https://kubernetes.io/docs/concepts/security/secrets-good-practices/ (use External Secrets, Sealed Secrets or SOPS).
 * One finding per value; the document must be a `Secret` (not `ExternalSecret`, `SopsSecret`, `SecretStore`).
 */
import type { Rule } from '../engine/types.js';

/** `kind: Secret` on its own line (any quoting), the document the value belongs to. */
const KIND = String.raw`^[ \t]{0,8}["']?kind["']?[ \t]{0,3}:[ \t]{0,3}["']?[Ss]ecret["']?[ \t]*\r?$`;
/** Lines of the same YAML document (no `---` separator) between two points. */
const DOC_LINES = String.raw`(?:\n(?!---)[^\n]{0,9000})`;
/** The value must sit in the block under a `data:`/`stringData:` header (indented lines only in between). */
const header = (name: string) => String.raw`(?<=^[ \t]{0,8}["']?${name}["']?[ \t]{0,3}:[ \t]*\r?\n(?:[ \t]{1,24}[^\n]{0,9000}\n){0,100})`;
const KEY = String.raw`[ \t]{1,24}["']?[\w.-]{1,253}["']?[ \t]{0,3}:[ \t]{0,3}`;
const IN_SECRET_DOC = String.raw`(?:(?<=${KIND}${DOC_LINES}{1,300})|(?=${DOC_LINES}{0,300}?\n${KIND}))`;

const KEYWORDS = ['kind: secret', "kind: 'secret'", 'kind: "secret"'];
const WINDOW = { before: 12000, after: 12000, crossLines: true };
const ROTATE = 'https://kubernetes.io/docs/concepts/security/secrets-good-practices/';

export const rules: Rule[] = [
  {
    id: 'kubernetes-secret-data',
    provider: 'kubernetes',
    description: 'Kubernetes Secret manifest with a base64 value under data:',
    regex: new RegExp(
      String.raw`^${header('data')}${KEY}(?:[|>][-+]?[ \t]*\r?\n[ \t]{1,32})?["']?(?<secret>[A-Za-z0-9+/]{12,8000}={0,2})["']?[ \t]*\r?$${IN_SECRET_DOC}`,
      'm',
    ),
    keywords: KEYWORDS,
    window: WINDOW,
    severity: 'high',
    lifetime: 'unknown',
    entropy: 2.5,
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ntype: Opaque\ndata:\n  username: YWRtaW4=\n  password: cTdLMm13WnA0eFI5\n',
          reason: 'kind before data',
        },
        {
          text: 'apiVersion: v1\ndata:\n  .dockerconfigjson: |\n    eyJhdXRocyI6eyJnaGNyLmlvIjp7ImF1dGgiOiJZV05ySzI5ME9uRTNTekp0In19fQ==\nkind: "Secret"\nmetadata:\n  name: regcred\n',
          reason: 'kind after data, block scalar',
        },
      ],
      noMatch: [
        { text: 'apiVersion: v1\nkind: Secret\ndata:\n  extra: YmFyCg==\n', reason: 'too short to matter' },
        {
          text: 'apiVersion: isindir.github.com/v1alpha3\nkind: SopsSecret\nspec:\n  data:\n    name1: cTdLMm13WnA0eFI5\n',
          reason: 'not a Secret',
        },
        { text: 'kind: Secret\ndata:\n  csrf: ""\n---\nkind: ConfigMap\ndata:\n  key: cTdLMm13WnA0eFI5\n', reason: 'other document' },
      ],
    },
  },
  {
    id: 'kubernetes-secret-string-data',
    provider: 'kubernetes',
    description: 'Kubernetes Secret manifest with a plain-text value under stringData:',
    regex: new RegExp(
      String.raw`^${header('stringData')}${KEY}["']?(?<secret>[^\s"'{}|>#&*!%@\x60][^\n"']{7,500}?)["']?[ \t]*\r?$${IN_SECRET_DOC}`,
      'm',
    ),
    keywords: KEYWORDS,
    window: WINDOW,
    severity: 'high',
    lifetime: 'unknown',
    entropy: 3,
    validate: ({ secret }) => !/^ENC\[/.test(secret),
    rotateUrl: ROTATE,
    samples: {
      match: [
        {
          text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  DATABASE_PASSWORD: "Vq7rK2mwZp4xT9"\n',
          reason: 'stringData value',
        },
      ],
      noMatch: [
        { text: 'apiVersion: v1\nkind: Secret\nstringData:\n  password: {{ .Values.password }}\n', reason: 'template' },
        {
          text: 'kind: SopsSecret\nspec:\n  stringData:\n    db-password: ENC[AES256_GCM,data:O+5l4g==,type:str]\n',
          reason: 'SOPS-encrypted',
        },
      ],
    },
  },
];
