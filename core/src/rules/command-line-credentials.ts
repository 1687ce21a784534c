/**
 * Passwords written on command lines of tools that take them as arguments, copied into scripts, batch
 * files and READMEs. Each rule is gated by the tool's name (the keyword) and runs on that line only; the
 * value must be a literal: a shell, PowerShell or batch variable (`$pass`, `%PASS%`, `${PASS}`) is the
 * right way to write it and is not reported.
 *   - PsExec: `psexec \\host -u USER -p PASS` (https://learn.microsoft.com/en-us/sysinternals/downloads/psexec)
 *   - VMware PowerCLI: `Connect-VIServer … -User U -Password P`
 *     (https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver)
 *   - sshpass: `sshpass -p PASS ssh …` (https://linux.die.net/man/1/sshpass)
 *   - MySQL clients: `mysql -uUSER -pPASS`, `--password=PASS` (https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password)
 *   - Windows `net use \\host\share PASS /user:USER` (https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11))
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
  flags = 'i',
): Rule {
  return {
    id,
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description,
    regex: new RegExp(`${flag}(?:(?<secret>${BARE})|${DOUBLE}|${SINGLE})(?![^\\s"';|&)])`, flags),
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
    `\\bsshpass[ \\t]{1,4}(?:-[a-oq-zA-Z][ \\t]{1,4}(?:[^\\s-][^\\s]{0,100}[ \\t]{1,4})?){0,3}-p[ \\t]{0,4}`,
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
  commandRule(
    'mysql-cli-password',
    'Password passed to a MySQL/MariaDB client with -pPASS or --password=PASS',
    // `-p` takes its value glued (`-psecret`): `-p secret` would prompt and name a database instead.
    `\\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-dump)(?:\\.exe)?[ \\t](?:[^\\n|;&]{0,200}?[ \\t])?(?:-p(?=[^\\s-])|--password=)`,
    ['mysql', 'mariadb'],
    'https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password',
    {
      match: [
        { text: 'mysqldump -h db01 -u backup -pX7q!v2Lm9z shop > shop.sql', reason: 'glued password' },
        { text: 'mysql --user=app --password=Qw3#rT8zLp app_db', reason: 'long option' },
      ],
      noMatch: [
        { text: 'mysql -u root -p mydb', reason: 'prompts for the password' },
        { text: 'mysql -u root -p"$MYSQL_ROOT_PASSWORD"', reason: 'shell variable' },
        { text: 'mysql -h db01 -P3306 -u app app_db', reason: '-P is the port' },
      ],
    },
    // Case-exact: `-P` is the port.
    '',
  ),
  commandRule(
    'net-use-password',
    'Password given to Windows net use before /user:',
    `\\bnet[ \\t]{1,4}use[ \\t]{1,4}(?:[A-Za-z]:[ \\t]{1,4})?\\\\\\\\[^\\s]{1,200}[ \\t]{1,4}`,
    ['net use'],
    'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)',
    {
      match: [{ text: 'net use Z: \\\\fs01\\backup Hq7!wP2zLx /user:CORP\\svc_backup', reason: 'literal password' }],
      noMatch: [
        { text: 'net use Z: \\\\fs01\\backup /user:CORP\\svc_backup', reason: 'prompts for the password' },
        { text: 'net use Z: \\\\fs01\\backup %PASS% /user:CORP\\svc', reason: 'batch variable' },
      ],
    },
  ),
];
