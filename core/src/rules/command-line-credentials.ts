/**
 * Passwords written on command lines of tools that take them as arguments, copied into scripts, batch
 * files and READMEs. Each rule is gated by the tool's name (the keyword) and runs on that line only; the
 * value must be a literal: a shell, PowerShell or batch variable (`$pass`, `%PASS%`, `${PASS}`) is the
 * right way to write it and is not reported.
 *   - PsExec: `psexec \\host -u USER -p PASS` (https://learn.microsoft.com/en-us/sysinternals/downloads/psexec)
 *   - VMware PowerCLI: `Connect-VIServer … -User U -Password P`
 *     (https://developer.broadcom.com/powercli/latest/vmware.vimautomation.core/commands/connect-viserver)
 *   - sshpass: `sshpass -p PASS ssh …` (https://linux.die.net/man/1/sshpass)
 *   - GNU Wget: `wget --password=P`, `--http-password=`, `--ftp-password=`, `--proxy-password=`
 *     (https://www.gnu.org/software/wget/manual/wget.html#Download-Options)
 *   - PowerShell: `ConvertTo-SecureString 'P' -AsPlainText -Force`, the plain text of a credential object
 *     (https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring;
 *     without `-AsPlainText` the string is an encrypted standard string, not the password)
 *   - MySQL and MariaDB clients: `mysql -u U -pPASS db`, `mysqldump --password=PASS …`
 *     (https://dev.mysql.com/doc/refman/8.4/en/connection-options.html#option_general_password: the short
 *     form takes no space before the password). Options come in any order, so this rule is `anchored` at each
 *     `-p`/`--password=` that follows the tool's name on its command (mysqlPasswordStarts), one attempt each.
 *
 * Not here (yet): `net use \\host PASS /user:U`: written without a fixed run-up before the value, the
 * patterns tried were not provably linear (core/test/redos-static.test.ts).
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

/** What ends an argument: white space, a quote, or a shell operator. */
const ARGUMENT_END = `(?![^\\s"';|&)])`;

/** `after`: what must follow the value on the command line (by default, only the end of the argument). */
function commandRule(
  id: string,
  description: string,
  flag: string,
  keywords: string[],
  reference: string,
  samples: Rule['samples'],
  after = ARGUMENT_END,
): Rule {
  return {
    id,
    provider: 'generic',
    // Assignment-style: a provider rule on the same span wins, and a value a provider owns is judged by it.
    generic: true,
    description,
    regex: new RegExp(`${flag}(?:(?<secret>${BARE})|${DOUBLE}|${SINGLE})${after}`, 'i'),
    keywords,
    severity: 'high',
    lifetime: 'long-lived',
    validate: literal,
    reference,
    samples,
  };
}

const MAX_COMMAND = 1000;
const MYSQL_TOOL = /^(?:mysql|mariadb)(?:dump|admin|import|check|show|pump|slap|sh|-dump|-admin|-import|-check|-show)?$/i;

/**
 * Where a MySQL client's password option can start: each ` -p…` or ` --password=` after the tool's name
 * (a whole word: `mysql`, `mysqldump`, `mariadb-dump`, …), up to the end of its command (a line end, `;`,
 * `|` or `&`), the next tool name (whose own hit looks on from there) or MAX_COMMAND characters on: each
 * character is looked at for one hit at most, however densely a minified line names `mysql`.
 */
export function mysqlPasswordStarts(text: string, hit: number): number[] {
  // The tool's whole name (the longest is 14 characters): a longer word is not one of them.
  let end = hit;
  for (const wordEnd = Math.min(text.length, hit + 16); end < wordEnd && isNameCode(text.charCodeAt(end)); ) end++;
  if (hit > 0 && (isNameCode(text.charCodeAt(hit - 1)) || text.charCodeAt(hit - 1) === DOT)) return [];
  if (!MYSQL_TOOL.test(text.slice(hit, end))) return [];
  const starts: number[] = [];
  for (let i = end, limit = Math.min(text.length, end + MAX_COMMAND); i < limit; i++) {
    const code = text.charCodeAt(i);
    if (COMMAND_END.includes(code)) break;
    if ((code | 0x20) === M && TOOL_START.test(text.slice(i, i + 7))) break;
    if (code === DASH && (text[i - 1] === ' ' || text[i - 1] === '\t') && (text.startsWith('-p', i) || text.startsWith('--password=', i))) starts.push(i);
  }
  return starts;
}

const DASH = 0x2d;
const DOT = 0x2e;
const M = 0x6d;
/** Line ends, `;`, `|` and `&`: the command ends. */
const COMMAND_END = [0x0a, 0x0d, 0x3b, 0x7c, 0x26];
const TOOL_START = /^(?:mysql|mariadb)/i;

/** Letters, digits, `_` and `-`: the characters of a tool's name and of the word it must not be inside. */
function isNameCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === DASH;
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
  commandRule(
    'wget-password',
    'Password passed to wget with --password= (or --http-, --ftp-, --proxy-password=)',
    `(?<![\\w-])--(?:http-|ftp-|proxy-)?password=`,
    ['wget'],
    'https://www.gnu.org/software/wget/manual/wget.html#Download-Options',
    {
      match: [
        { text: 'wget --user=deploy --password=Tq8#s2LmZ0 https://files.example.com/build.tgz', reason: 'literal password' },
        { text: "wget --ftp-user=mirror --ftp-password='Kx7!v2Qp9R' ftp://ftp.example.org/pub/", reason: 'FTP password, quoted' },
      ],
      noMatch: [
        { text: 'wget --user=deploy --password="$FILES_PASSWORD" https://files.example.com/build.tgz', reason: 'shell variable' },
        { text: 'wget --user=deploy --ask-password https://files.example.com/build.tgz', reason: 'prompted for' },
      ],
    },
  ),
  commandRule(
    'powershell-plaintext-securestring',
    'Password written as plain text for ConvertTo-SecureString -AsPlainText',
    `\\bConvertTo-SecureString[ \\t]{1,4}(?:-String[ \\t]{1,4})?`,
    ['convertto-securestring'],
    'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring',
    {
      match: [
        { text: "$secure = ConvertTo-SecureString 'Zq8#mT2vLx!' -AsPlainText -Force", reason: 'a literal made into a SecureString' },
        { text: '$pw = ConvertTo-SecureString -String "Hv4@kR9zWq" -AsPlainText -Force', reason: 'the -String parameter named' },
      ],
      noMatch: [
        { text: '$pw = ConvertTo-SecureString $env:DEPLOY_PASSWORD -AsPlainText -Force', reason: 'an environment variable' },
        { text: '$pw = Get-Content .\\pw.txt | ConvertTo-SecureString', reason: 'an encrypted standard string read from a file' },
        { text: "$key = ConvertTo-SecureString '76492d1116743f0423413b16050a5345MgB8AGcA' -Key $aes", reason: 'an encrypted standard string, not plain text' },
      ],
    },
    // Plain text only when the command says so: the value is followed by -AsPlainText.
    `[ \\t]{1,4}-AsPlainText\\b`,
  ),
  {
    ...commandRule(
      'mysql-client-password',
      'Password passed to a MySQL or MariaDB client with -p or --password=',
      '(?:-p|--password=)',
      ['mysql', 'mariadb'],
      'https://dev.mysql.com/doc/refman/8.4/en/connection-options.html#option_general_password',
      {
        match: [
          { text: 'mysql -h db.internal -u app -pVq7!m2XzL9 app_db < dump.sql', reason: 'the short form, no space before the password' },
          { text: 'mysqldump --single-transaction --password=Rk8#wT3vQp -u backup shop > shop.sql', reason: 'the long form, after other options' },
          { text: 'RUN mariadb-dump -uroot -p"Wm4@zQ8tLx" --all-databases', reason: "MariaDB's client, quoted" },
        ],
        noMatch: [
          { text: 'mysql -u app -p app_db', reason: '-p alone prompts for the password (app_db is the database)' },
          { text: 'mysql -u app -p"$MYSQL_PWD" app_db', reason: 'shell variable' },
          { text: 'mysql -uroot -proot', reason: "a local default ('root' reads as a placeholder)" },
          { text: "const pool = mysql.createPool({ host: 'db', port: 3306 }); run('-pVq7m2XzL9');", reason: 'not the command line of a client' },
        ],
      },
    ),
    anchored: { starts: mysqlPasswordStarts },
  },
];
