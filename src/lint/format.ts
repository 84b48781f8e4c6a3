// plan lint's output: text (one line a finding, `file:line:col rule-id severity message`), JSON, and GitHub
// workflow commands (https://docs.github.com/actions/reference/workflow-commands-for-github-actions: ::warning
// file=…,line=…,col=…,title=…::message; data escapes %, CR and LF, properties also : and ,).
import type { Finding, LintReport } from './types.js';

export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** The dialects of a finding, as text puts them after the message. */
const onDialects = (f: Finding) => `[${f.dialects.join(', ')}]`;

/** One finding as a line of text: `file:line:col rule-id severity message [dialects]`, and the acknowledgement. */
export function findingLine(f: Finding): string {
  return `${f.file}:${f.line}:${f.col} ${f.rule} ${f.severity} ${f.message} ${onDialects(f)}${f.acknowledged !== undefined ? ` · acknowledged: ${f.acknowledged}` : ''}`;
}

/** The closing line of the text output: counts. */
export function summaryLine(r: LintReport): string {
  const n = r.findings.length;
  return `${n} finding${n === 1 ? '' : 's'}: ${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'}, ${r.acknowledged} acknowledged`;
}

/** The text output: a line per finding, then the counts. */
export function formatText(r: LintReport): string {
  return [...r.findings.map(findingLine), summaryLine(r)].join('\n') + '\n';
}

/** The JSON output: `{ ok, errors, warnings, acknowledged, findings: [{ rule, severity, file, line, col, message, fix, dialects, acknowledged? }] }`. */
export function formatJson(r: LintReport): string {
  return JSON.stringify({ ok: r.errors === 0, errors: r.errors, warnings: r.warnings, acknowledged: r.acknowledged, findings: r.findings }, null, 2) + '\n';
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub workflow commands: an error or a warning per open finding, a notice per acknowledged one. */
export function formatGithub(r: LintReport): string {
  const lines = r.findings.map((f) => {
    const kind = f.acknowledged !== undefined ? 'notice' : f.severity;
    const text = `${f.message} ${onDialects(f)}${f.acknowledged !== undefined ? `. Acknowledged: ${f.acknowledged}` : `. Fix: ${f.fix}`}`;
    return `::${kind} file=${escapeProperty(f.file)},line=${f.line},col=${f.col},title=${escapeProperty(f.rule)}::${escapeData(text)}`;
  });
  return [...lines, summaryLine(r)].join('\n') + '\n';
}

/** The report in `format`. */
export function formatReport(r: LintReport, format: Format): string {
  return format === 'json' ? formatJson(r) : format === 'github' ? formatGithub(r) : formatText(r);
}
