/**
 * Passwords passed positionally to well-known credential constructors, where the argument's position
 * says what it is even though no variable names it:
 *   - .NET `new NetworkCredential(userName, password[, domain])`
 *     (https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential.-ctor)
 *   - .NET `new DirectoryEntry(path, username, password)`
 *     (https://learn.microsoft.com/en-us/dotnet/api/system.directoryservices.directoryentry.-ctor)
 *   - Android Gradle `buildConfigField 'String', 'API_KEY', '"…"'` with a credential-named field, which
 *     compiles the value into the APK (https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code)
 */
import type { Rule, RuleContext } from '../engine/types.js';
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
];
