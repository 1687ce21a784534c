/**
 * Passwords passed positionally to well-known credential constructors, where the argument's position
 * says what it is even though no variable names it:
 *   - .NET `new NetworkCredential(userName, password[, domain])`
 *     (https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor)
 *   - .NET `new DirectoryEntry(path, username, password)`
 *     (https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor)
 *   - Android Gradle `buildConfigField 'String', 'API_KEY', '"…"'` with a credential-named field, which
 *     compiles the value into the APK (https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code)
 *   - Python Requests `auth=('user', 'password')`, `HTTPBasicAuth(…)`, `HTTPDigestAuth(…)`
 *     (https://requests.readthedocs.io/en/latest/user/authentication/) and aiohttp's `BasicAuth(…)`
 *     (https://docs.aiohttp.org/en/stable/client_reference.html#basicauth)
 *   - the HMAC secret of a JWT library's sign/verify call: node-jsonwebtoken `jwt.sign(payload, secret)`,
 *     `jwt.verify(token, secret)` (https://github.com/auth0/node-jsonwebtoken#usage), PyJWT
 *     `jwt.encode(payload, key)`, `jwt.decode(token, key)` (https://pyjwt.readthedocs.io/en/stable/api.html);
 *     anyone holding it can mint tokens the service accepts
 *   - JDBC `DriverManager.getConnection(url, user, password)`
 *     (https://docs.oracle.com/en/java/javase/21/docs/api/java.sql/java/sql/DriverManager.html)
 *   - Go `smtp.PlainAuth(identity, username, password, host)` (https://pkg.go.dev/net/smtp#PlainAuth)
 */
import type { Rule, RuleContext } from '../engine/types.js';
import { atKeyword } from './patterns.js';
import { looksLikeSecretValue } from './generic.js';

/** A password literal: not an interpolation, not the user name again, not a word naming itself. */
function literal({ secret }: RuleContext): boolean {
  return secret.length >= 6 && !/\{|\$|%\w+%|passw(?:or)?d|secret|^(.)\1*$/i.test(secret);
}

export const rules: Rule[] = [
  {
    id: 'dotnet-network-credential',
    provider: 'generic',
    description: 'Password literal passed to .NET NetworkCredential(userName, password)',
    regex: /\bNetworkCredential[ \t]{0,2}\([ \t]{0,2}"[^"\r\n]{1,200}"[ \t]{0,2},[ \t]{0,2}"(?<secret>[^"\r\n\\]{6,200})"[ \t]{0,2}[,)]/,
    keywords: ['networkcredential'],
    generic: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: literal,
    reference: 'https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor',
    samples: {
      match: [{ text: 'client.Credentials = new NetworkCredential("deploy@corp.dev", "Tq7!vL2mXz9k");', reason: 'user and password' }],
      noMatch: [
        { text: 'new NetworkCredential("deploy", Environment.GetEnvironmentVariable("SMTP_PASS"))', reason: 'read from the environment' },
        { text: 'new NetworkCredential("user", "password")', reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'dotnet-directory-entry-password',
    provider: 'generic',
    description: 'Password literal passed to .NET DirectoryEntry(path, username, password)',
    regex:
      /\bDirectoryEntry[ \t]{0,2}\([ \t]{0,2}"[^"\r\n]{1,300}"[ \t]{0,2},\s{0,40}"[^"\r\n]{1,200}"[ \t]{0,2},\s{0,40}"(?<secret>[^"\r\n\\]{6,200})"[ \t]{0,2}[,)]/,
    keywords: ['directoryentry'],
    window: { before: 0, after: 800, crossLines: true },
    generic: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: literal,
    reference: 'https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor',
    samples: {
      match: [{ text: 'var root = new DirectoryEntry("LDAP://dc01.corp.local",\n    "CORP\\\\svc_ldap",\n    "Wm4#pQ8zLx2v");', reason: 'LDAP bind over lines' }],
      noMatch: [{ text: 'new DirectoryEntry("LDAP://dc01.corp.local", user, pass)', reason: 'variables' }],
    },
  },
  {
    id: 'android-build-config-secret',
    provider: 'generic',
    description: 'Credential compiled into an Android app with buildConfigField',
    regex:
      /buildConfigField[ \t(]{1,3}["']String["'][ \t]{0,2},[ \t]{0,2}["'][A-Z0-9_]{0,40}(?:KEY|TOKEN|SECRET|PASSWORD|PASS)[A-Z0-9_]{0,20}["'][ \t]{0,2},[ \t]{0,2}(?:'\\?"(?<secret>[^"'\\\s$]{8,200})\\?"'|"\\"(?<secret2>[^"'\\\s$]{8,200})\\"")/,
    keywords: ['buildconfigfield'],
    generic: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: ({ secret }) => looksLikeSecretValue(secret, { allowSpaces: false }),
    reference: 'https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code',
    samples: {
      match: [
        { text: `buildConfigField 'String', 'MAPS_API_KEY', '"5e8d2c7a19b34f60d8e1a2c5b7f9038d"'`, reason: 'Groovy DSL' },
        { text: 'buildConfigField("String", "PAYMENTS_TOKEN", "\\"Qm7vT2xLp9ZkR4wN8cB1\\"")', reason: 'Kotlin DSL' },
      ],
      noMatch: [
        { text: `buildConfigField 'String', 'API_KEY', "\\"\${apiKey}\\""`, reason: 'from a Gradle property' },
        { text: `buildConfigField 'String', 'BASE_URL', '"https://api.corp.dev"'`, reason: 'not a credential field' },
      ],
    },
  },
  {
    id: 'http-basic-auth-tuple',
    provider: 'generic',
    description: "Password literal in Python's HTTP basic/digest auth (auth=('user', 'password'))",
    regex:
      /(?:\bauth[ \t]{0,2}=[ \t]{0,2}[([]|\b(?:HTTPBasicAuth|HTTPDigestAuth|BasicAuth)\()[ \t]{0,2}(?:'[^'\r\n]{1,200}'|"[^"\r\n]{1,200}")[ \t]{0,2},[ \t]{0,2}(?:'(?<secret>[^'\r\n\\]{6,200})'|"(?<secret2>[^"\r\n\\]{6,200})")[ \t]{0,2}[)\]]/,
    keywords: ['auth=(', 'auth = (', 'auth=[', 'httpbasicauth(', 'httpdigestauth(', 'basicauth('],
    generic: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: (ctx) => literal(ctx) && looksLikeSecretValue(ctx.secret, { allowSpaces: false }),
    reference: 'https://requests.readthedocs.io/en/latest/user/authentication/',
    samples: {
      match: [
        { text: "r = requests.get(url, auth=('deploy', 'Tq7!vL2mXz9k'))", reason: 'a Requests auth tuple' },
        { text: 'session.auth = HTTPBasicAuth("svc-reports", "Wm4#pQ8zLx2v")', reason: 'HTTPBasicAuth' },
      ],
      noMatch: [
        { text: "r = requests.get(url, auth=('deploy', os.environ['DEPLOY_PASSWORD']))", reason: 'from the environment' },
        { text: "auth=('user', 'pass')", reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'jwt-signing-secret-literal',
    provider: 'generic',
    description: 'JWT signing secret written into a sign/verify call (jwt.sign(payload, "…"))',
    // The first argument holds no quote (an identifier or an object of identifiers): the first literal
    // after its comma is the second argument, the key.
    regex:
      /\bjwt\.(?:sign|verify|encode|decode)\([^'"`\r\n]{1,300},[ \t]{0,4}(?:'(?<secret>[^'\r\n\\]{8,200})'|"(?<secret2>[^"\r\n\\]{8,200})"|`(?<secret3>[^`\r\n\\$]{8,200})`)[ \t]{0,4}[,)]/,
    keywords: ['jwt.sign(', 'jwt.verify(', 'jwt.encode(', 'jwt.decode('],
    generic: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: (ctx) => literal(ctx) && looksLikeSecretValue(ctx.secret, { allowSpaces: false }),
    reference: 'https://github.com/auth0/node-jsonwebtoken#usage',
    samples: {
      match: [
        { text: "const token = jwt.sign({ id: user.id }, 'Kd8sLq2Wm9Xz4Rt7Vb3Nc6Yh', { expiresIn: '1h' });", reason: 'node-jsonwebtoken' },
        { text: 'claims = jwt.decode(token, "Hv4kR9zWq2Lm7Xp3Tc8Nb5Yd", algorithms=["HS256"])', reason: 'PyJWT' },
      ],
      noMatch: [
        { text: 'const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: "1h" });', reason: 'from the environment' },
        { text: "jwt.sign(payload, 'your-256-bit-secret')", reason: 'placeholder' },
      ],
    },
  },
  {
    id: 'jdbc-get-connection-password',
    provider: 'generic',
    description: 'Password literal passed to JDBC DriverManager.getConnection(url, user, password)',
    regex:
      /\bgetConnection[ \t]{0,2}\([ \t]{0,2}(?:"[^"\r\n]{1,300}"|[^'",\r\n]{1,200})[ \t]{0,2},[ \t]{0,4}"[^"\r\n]{1,100}"[ \t]{0,2},[ \t]{0,4}"(?<secret>[^"\r\n\\]{6,200})"[ \t]{0,2}\)/,
    keywords: ['getconnection'],
    // One attempt where each call starts (its URL argument, quoted or not, is read once).
    anchored: { starts: atKeyword },
    generic: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: literal,
    reference: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.sql/java/sql/DriverManager.html',
    samples: {
      match: [
        { text: 'Connection c = DriverManager.getConnection("jdbc:postgresql://db:5432/app", "app", "Tq7!vL2mXz9k");', reason: 'URL, user and password literals' },
        { text: 'conn = DriverManager.getConnection(url, "billing", "Wm4#pQ8zLx2v");', reason: 'the URL in a variable' },
      ],
      noMatch: [{ text: 'DriverManager.getConnection(url, user, System.getenv("DB_PASSWORD"));', reason: 'from the environment' }],
    },
  },
  {
    id: 'go-smtp-plain-auth-password',
    provider: 'generic',
    description: 'Password literal passed to Go smtp.PlainAuth(identity, username, password, host)',
    regex:
      /\bsmtp\.PlainAuth[ \t]{0,2}\([ \t]{0,2}"[^"\r\n]{0,100}"[ \t]{0,2},[ \t]{0,4}"[^"\r\n]{1,200}"[ \t]{0,2},[ \t]{0,4}"(?<secret>[^"\r\n\\]{6,200})"/,
    keywords: ['smtp.plainauth('],
    generic: true,
    severity: 'high',
    lifetime: 'long-lived',
    validate: literal,
    reference: 'https://pkg.go.dev/net/smtp#PlainAuth',
    samples: {
      match: [{ text: 'auth := smtp.PlainAuth("", "alerts@corp.dev", "Tq7!vL2mXz9k", "smtp.corp.dev")', reason: 'password literal' }],
      noMatch: [{ text: 'auth := smtp.PlainAuth("", user, os.Getenv("SMTP_PASSWORD"), host)', reason: 'from the environment' }],
    },
  },
];
