/**
 * Passwords written on command lines of tools that take them as arguments, copied into scripts, batch
 * files and READMEs. Each rule is gated by the tool's name (the keyword) and runs on that line only; the
 * value must be a literal: a shell, PowerShell or batch variable (`$pass`, `%PASS%`, `${PASS}`) is the
 * right way to write it and is not reported.
 *   - PsExec: `psexec \\host -u USER -p PASS` (https://learn.microsoft.com/en-us/sysinternals/downloads/psexec)
 *   - VMware PowerCLI: `Connect-VIServer … -User U -Password P`
 *     (https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver)
 *   - sshpass: `sshpass -p PASS ssh …` (https://linux.die.net/man/1/sshpass)

 * Not here (yet): `mysql -pPASS` and `net use \\host PASS /user:U`: written without a fixed run-up before the
 * value, the patterns tried were not provably linear (core/test/redos-static.test.ts).
 */
import type { Rule, RuleContext } from '../engine/types.js';

/** A literal argument: not starting like a variable, a flag or a quote, up to white space. */
const BARE = `[^\\s"'$%<>{}\\[\\]/-][^\\s"'<>]{2,63}`;
/** Double- or single-quoted literal without interpolation. */
const DOUBLE = `"(?<secret2>[^"\\s$%<>{}\\[\\]][^"$\\n]{2,63})"`;
const SINGLE = `'(?<secret3>[^'\\s%<>{}\\[\\]][^'\\n]{2,63})'`;

/** `%VAR%` or `!VAR!` (batch), `$(…)` anywhere in the value: computed, not written. */
function literal({ secret }: RuleContext): boolean {
  return !/%[A-Za-z_][\w]*%|![A-Za-z_]\w*!|\$\(|\$\{|^\$/.test(secret);
}

function commandRule(
  id: string,
  description: string,
  flag: string,
  keywords: string[],
  reference: string,
  samples: Rule['samples'],
): Rule {
  return {
    id,
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description,
    regex: new RegExp(`${flag}(?:(?<secret>${BARE})|${DOUBLE}|${SINGLE})(?![^\\s"';|&)])`, 'i'),
    keywords,
    severity: 'high',
    lifetime: 'long-lived',
    validate: literal,
    reference,
    samples,
  };
}

export const rules: Rule[] = [
  commandRule(
    'psexec-password',
    'Password passed to PsExec with -p',
    // `-u USER` comes first on the documented command line; the password follows `-p`.
    `(?<![\\w-])-u[ \\t]{1,4}[^\\s]{1,100}[ \\t]{1,4}-p[ \\t]{1,4}`,
    ['psexec'],
    'https://learn.microsoft.com/en-us/sysinternals/downloads/psexec',
    {
      match: [
        { text: 'psexec \\\\10.1.2.3 -u CORP\\svc_deploy -p Wq7!zR2kLm cmd /c ipconfig', reason: 'literal password' },
        { text: 'PsExec.exe \\\\build01 -u admin -p "T4v#9qLx 2" -i cmd', reason: 'quoted password' },
      ],
      noMatch: [
        { text: 'psexec \\\\host -u %ADMIN_USER% -p %ADMIN_PASS% cmd', reason: 'batch variables' },
        { text: 'psexec \\\\host -u $user -p $password cmd', reason: 'PowerShell variables' },
      ],
    },
  ),
  commandRule(
    'powercli-password',
    'Password passed to VMware PowerCLI Connect-VIServer with -Password',
    `(?<![\\w-])-password[ \\t]{1,4}`,
    ['connect-viserver'],
    'https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver',
    {
      match: [
        { text: 'Connect-VIServer -Server vc01.corp.example -User ops@vsphere.local -Password Zq8#mT2vLx', reason: 'literal password' },
        { text: "connect-viserver esx02 -user root -password 'k9L!w2Qz7'", reason: 'single-quoted' },
      ],
      noMatch: [
        { text: 'Connect-VIServer $vc -User $cred.UserName -Password $cred.GetNetworkCredential().Password', reason: 'variables' },
        { text: 'Connect-VIServer -Server $vc -Credential $cred', reason: 'credential object' },
      ],
    },
  ),
  commandRule(
    'sshpass-password',
    'Password passed to sshpass with -p',
    // `-p` first, as sshpass documents it (other options before it are not followed: not provably linear).
    `\\bsshpass[ \\t]{1,4}-p[ \\t]{0,4}`,
    ['sshpass'],
    'https://linux.die.net/man/1/sshpass',
    {
      match: [{ text: 'sshpass -p Rv8!kQ2zTx ssh deploy@10.0.0.5 uptime', reason: 'literal password' }],
      noMatch: [
        { text: 'sshpass -p "$SSH_PASS" ssh deploy@host', reason: 'shell variable' },
        { text: 'sshpass -e ssh deploy@host', reason: 'password from the environment' },
      ],
    },
  ),
];
