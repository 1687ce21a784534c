/**
 * Credentials inside URLs and connection strings (RFC 3986 §3.2.1 userinfo; ADO.NET/JDBC key=value
 * strings). Passwords are long-lived until someone rotates them.
 */
import { isPlaceholder, unleet } from '../engine/placeholders.js';
import type { Rule, RuleContext } from '../engine/types.js';

/**
 * Schemes of database and broker URLs. Besides each server's own: the engines dj-database-url maps
 * (`postgis`, `mysqlgis`, `oraclegis`, `pgsql`, `redshift`, `cockroach`, `timescale`, …;
 * https://github.com/jazzband/dj-database-url#url-schema), SQLAlchemy's external dialects (`snowflake`,
 * `trino`, `presto`, `databricks`, `hive`, `db2`; https://docs.sqlalchemy.org/en/20/dialects/) and
 * Celery/Kombu's transports (`pyamqp`, `sentinel`, `sqs`; https://docs.celeryq.dev/projects/kombu/en/stable/userguide/connections.html).
 */
const DATABASE_SCHEMES = [
  'postgres', 'postgresql', 'pgsql', 'postgis', 'redshift', 'cockroach', 'cockroachdb', 'timescale', 'timescalegis',
  'mysql', 'mysql2', 'mysqlgis', 'mariadb', 'mongodb', 'redis', 'rediss', 'sentinel', 'amqp', 'amqps', 'pyamqp', 'sqs',
  'mssql', 'mssqlms', 'sqlserver', 'oracle', 'oraclegis', 'db2', 'clickhouse', 'couchdb', 'neo4j', 'bolt', 'cassandra',
  'memcached', 'elasticsearch', 'influxdb', 'nats', 'kafka', 'mqtt', 'mqtts', 'snowflake', 'trino', 'presto',
  'databricks', 'hive', 'jdbc:postgresql', 'jdbc:mysql', 'jdbc:mariadb', 'jdbc:sqlserver',
].map((s) => s.replace(/:/g, '\\$&'));
/**
 * A driver after the dialect, as SQLAlchemy writes it (`postgresql+psycopg2://`, `mysql+pymysql://`;
 * https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls), or MongoDB's `mongodb+srv://`.
 */
const DRIVER = String.raw`(?:\+[A-Za-z0-9_]{1,24})?`;

const USER = String.raw`[^\s:/?#@"'\x60<>{}$()\[\]]{1,100}`;
const PASSWORD = String.raw`[^\s/?#@"'\x60<>]{1,200}`;
const HOST = String.raw`[A-Za-z0-9][A-Za-z0-9.-]{0,252}`;

/**
 * Template syntax, shell expansion or doc placeholders where the password should be (`user:pass@host`
 * is the canonical documentation pair: `redis://user:pass@localhost:6379`).
 */
const TEMPLATE = /^(?:\$\{?[\w:-]+\}?|\$\([\w]+\)|\{\{?[\w.\s]+\}?\}|%[\w]+%|<[\w-]+>|\[[\w-]+\]|:?\*+|(.)\1*|password|passwd|pass|pwd|secret|auth|changeme|your[_-]?\w*|replace[_-]?\w*|\.\.\.)$/i;

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `user` as a URL's userinfo holds it (`//user:`), unless the caller read it otherwise. */
function credentialIsReal(ctx: RuleContext, user = /\/\/(?<user>[^:/]*):/.exec(ctx.match)?.groups?.user): boolean {
  const password = ctx.secret;
  if (TEMPLATE.test(password) || password.includes('${') || password.includes('$(')) return false;
  if (user !== undefined && user.toLowerCase() === password.toLowerCase()) return false;
  // In a URL even a weak password is a real one: only documentation placeholders are skipped —
  // which includes the metasyntactic `asdf:qwer`, `foo%40bar`, `%2F%40` of URL-parser tests.
  const decoded = safeDecode(password);
  // `p%40ss` is `p@ss`: the placeholder `pass` in leetspeak.
  if (TEMPLATE.test(unleet(decoded))) return false;
  if (decoded.length < 4 || /^(?:(?:foo|bar|baz|qux|asdf|qwer)[\W_]*)+$/i.test(decoded) || /^[\W_]+$/.test(decoded)) return false;
  return !/your|example|placeholder|changeme|redacted|passw(?:or)?d/i.test(password) && !(password.length >= 6 && isPlaceholder(password) && /x{4,}|\*{3,}/i.test(password));
}

export const rules: Rule[] = [
  {
    id: 'database-connection-string',
    provider: 'generic',
    description: 'Database connection string with a password',
    // The user may be empty: Redis before ACLs has a password only (`redis://:password@host`,
    // https://www.iana.org/assignments/uri-schemes/prov/redis).
    regex: new RegExp(String.raw`(?<![A-Za-z0-9+.-])(?:${DATABASE_SCHEMES.join('|')})${DRIVER}:\/\/(?:${USER})?:(?<secret>${PASSWORD})@${HOST}`, 'i'),
    keywords: ['://'],
    severity: 'high',
    lifetime: 'long-lived',
    allowPlaceholders: true,
    validate: (ctx) => credentialIsReal(ctx),
    samples: {
      match: [
        { text: 'DATABASE_URL=postgresql://app:Zr7u9Kq2mXv4@db.internal:5432/app', reason: 'PostgreSQL URL' },
        { text: 'const MONGO = "mongodb+srv://svc:n8Ws3k1ZqL@cluster0.ab12c.mongodb.net/prod";', reason: 'MongoDB SRV' },
        { text: 'engine = create_engine("postgresql+psycopg2://etl:Hw3kR8vQ2zLp@warehouse.internal/dw")', reason: 'SQLAlchemy dialect and driver' },
        { text: 'DATABASE_URL=postgis://geo:Jt6pW2nX9qZr@gis.internal:5432/maps', reason: 'a dj-database-url engine scheme' },
        { text: 'REDIS_URL=redis://:Zr7u9Kq2mXv4Lp8T@cache.internal:6379/0', reason: 'a password without a user' },
      ],
      noMatch: [
        { text: 'postgres://postgres:postgres@localhost:5432/db', reason: 'identical user and password (local default)' },
        { text: 'mysql://user:${PASSWORD}@example.com:3306/db', reason: 'interpolated' },
        { text: 'mongodb://localhost:27017/database', reason: 'no credentials' },
      ],
    },
  },
  {
    id: 'oracle-connect-string-password',
    provider: 'generic',
    description: 'Password in an Oracle connect string (user/password@database)',
    // https://docs.oracle.com/en/database/oracle/oracle-database/21/jjdbc/data-sources-and-URLs.html
    // (`jdbc:oracle:thin:user/password@//host:1521/service`) and SQL*Plus's logon
    // (https://docs.oracle.com/en/database/oracle/oracle-database/21/sqpug/SQL-Plus-command-reference.html:
    // `sqlplus user/password@connect_identifier`).
    regex: new RegExp(String.raw`(?:\bjdbc:oracle:(?:thin|oci8?|kprb):|\bsqlplus(?:64)?(?:[ \t]+-[A-Za-z]{1,8}){0,3}[ \t]+)[A-Za-z][A-Za-z0-9_$#]{0,127}\/(?<secret>[^\s/@"'\x60<>]{1,128})@`, 'i'),
    keywords: ['jdbc:oracle:', 'sqlplus'],
    severity: 'high',
    lifetime: 'long-lived',
    allowPlaceholders: true,
    validate: (ctx) => {
      // The match ends `user/secret@`; the user follows the last `:` or blank before that.
      const before = ctx.match.slice(0, ctx.match.length - ctx.secret.length - 2);
      const user = before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1);
      return credentialIsReal(ctx, user) && !(user.toLowerCase() === 'scott' && ctx.secret.toLowerCase() === 'tiger');
    },
    samples: {
      match: [
        { text: 'spring.datasource.url=jdbc:oracle:thin:billing/Qm7vK2xR9p@//db.internal:1521/ORCLPDB1', reason: 'JDBC thin URL with a password' },
        { text: 'sqlplus -s etl/Wd4nT8zL2k@prod_tns @load.sql', reason: 'SQL*Plus logon' },
      ],
      noMatch: [
        { text: 'jdbc:oracle:thin:scott/tiger@//localhost:1521/orcl', reason: "Oracle's demo account" },
        { text: 'jdbc:oracle:thin:@//db.internal:1521/ORCLPDB1', reason: 'no credentials in the URL' },
        { text: 'sqlplus app/${ORACLE_PASSWORD}@prod', reason: 'interpolated' },
      ],
    },
  },
  {
    id: 'url-basic-auth',
    provider: 'generic',
    description: 'Password embedded in a URL (basic auth)',
    regex: new RegExp(String.raw`(?<![A-Za-z0-9+.-])(?:https?|ftps?|sftp|ssh|git|svn|smtps?|imaps?|wss?|ldaps?):\/\/${USER}:(?<secret>${PASSWORD})@${HOST}`, 'i'),
    keywords: ['://'],
    severity: 'high',
    lifetime: 'long-lived',
    allowPlaceholders: true,
    validate: (ctx) => credentialIsReal(ctx),
    samples: {
      match: [
        { text: 'git clone https://deploy:Tq8s2LmZ0vRx@git.example.org/app.git', reason: 'credential in clone URL' },
        { text: 'This FTP: ftp://user:Vq7mPw2xR@files.example.com includes credential.', reason: 'ftp basic auth' },
      ],
      noMatch: [
        { text: 'https://url:8000 @something else', reason: 'port, not a password' },
        { text: 'const u = "http://user:pass@host.com";', reason: 'documentation placeholder credentials' },
        { text: 'percent-encoded credentials in a URL (e.g. `https://user:p%40ss@host`) are decoded', path: 'CHANGELOG.md', reason: '`p%40ss` decodes to `p@ss`: the placeholder `pass` in leetspeak' },
        { text: "['http://diff:auth@www.example.com', 'http://asdf:qwer@www.example.com']", path: 'test.js', reason: 'a URL parser\'s test pairs' },
        { text: 'https://${username}:${password}@api.example.com', reason: 'template' },
      ],
    },
  },
  {
    id: 'connection-string-password',
    provider: 'generic',
    description: 'Password in an ADO.NET/ODBC connection string',
    regex: /(?:server|data source|host|addr|address|network address)\s?=[^;\r\n]{1,200};(?:[^;\r\n]{0,200};){0,10}?\s?(?:password|pwd)\s?=\s?(?<secret>"[^"\r\n]{1,200}"|'[^'\r\n]{1,200}'|[^;"'\r\n]{1,200})/i,
    keywords: ['password=', 'pwd=', 'password =', 'pwd ='],
    severity: 'high',
    lifetime: 'long-lived',
    validate: (ctx) => !TEMPLATE.test(ctx.secret.replace(/^["']|["']$/g, '')) && !ctx.secret.includes('{'),
    samples: {
      match: [{ text: '"Server=tcp:sql.internal,1433;Database=app;User ID=svc;Password=Vb7q!29xLm;Encrypt=True"', reason: 'SQL Server' }],
      noMatch: [{ text: 'Server=sql;Database=app;User ID=svc;Password={your_password};', reason: 'placeholder' }],
    },
  },
];
