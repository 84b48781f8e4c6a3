// `plan completion bash|zsh|fish`: completion scripts made from the commands and options the program declares.
import type { Command, Option } from 'commander';
import { PlanError } from '../plan/errors.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const DIALECTS = ['postgres', 'mysql', 'mariadb', 'sqlite'];
/** Options whose value is a path: the shell completes file names there. */
const PATH_OPTIONS = new Set(['--output', '--params-file', '--plans']);

/** The values an option takes, when they are a known list. */
function valuesOf(o: Option): string[] | undefined {
  if (o.long === '--dialect') return DIALECTS;
  return o.argChoices;
}

const commandsOf = (program: Command) => program.commands.filter((c) => c.name() !== 'help');
const flagsOf = (c: Command) => [...c.options.flatMap((o) => [o.long, o.short].filter((x): x is string => !!x)), '--help'];

function bash(program: Command, products: string[]): string {
  const cmds = commandsOf(program);
  const valueOptions = new Map<string, string[]>();
  const pathFlags = new Set<string>();
  for (const c of cmds) {
    for (const o of c.options) {
      const flags = [o.long, o.short].filter((x): x is string => !!x);
      const values = valuesOf(o);
      if (values) for (const f of flags) valueOptions.set(f, values);
      if (o.long && PATH_OPTIONS.has(o.long)) for (const f of flags) pathFlags.add(f);
    }
  }
  return [
    // The completion is for the command word `plan`: installed in a project, `npx plan` is no such word, so the
    // comment says to alias it (bash looks a completion up by the word as typed, so the alias is completed).
    '# plan completion (bash): npx plan completion bash > ~/.plan-completion.bash, then add "source ~/.plan-completion.bash" to ~/.bashrc; it completes the command plan (installed in a project, not globally: also alias plan=\'npx plan\')',
    '_plan_complete() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="${COMP_WORDS[1]}" opts=""',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=($(compgen -W "${cmds.map((c) => c.name()).join(' ')} --help --version" -- "$cur")); return`,
    '  fi',
    '  case "$prev" in',
    ...[...valueOptions].map(([f, v]) => `    ${f}) COMPREPLY=($(compgen -W "${v.join(' ')}" -- "$cur")); return ;;`),
    ...(pathFlags.size ? [`    ${[...pathFlags].join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`] : []),
    '  esac',
    '  case "$cmd" in',
    ...cmds.map((c) => `    ${c.name()}) opts="${flagsOf(c).join(' ')}" ;;`),
    '  esac',
    '  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
    `  elif [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=($(compgen -W "${products.join(' ')} bash zsh fish" -- "$cur"))`,
    '  fi',
    '}',
    'complete -o default -F _plan_complete plan',
    '',
  ].join('\n');
}

function zsh(program: Command, products: string[]): string {
  return [
    '# plan completion (zsh): npx plan completion zsh > ~/.plan-completion.zsh, then add "source ~/.plan-completion.zsh" to ~/.zshrc (uses bash completion); it completes the command plan (installed in a project, not globally: also alias plan=\'npx plan\')',
    'autoload -U +X compinit && compinit',
    'autoload -U +X bashcompinit && bashcompinit',
    bash(program, products).split('\n').slice(1).join('\n'),
  ].join('\n');
}

const fishQuote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(program: Command, products: string[]): string {
  const cmds = commandsOf(program);
  const names = cmds.map((c) => c.name()).join(' ');
  const lines = ['# plan completion (fish): npx plan completion fish > ~/.config/fish/completions/plan.fish; it completes the command plan (installed in a project, not globally: also alias plan \'npx plan\'; funcsave plan)', 'complete -c plan -f'];
  for (const c of cmds) lines.push(`complete -c plan -n 'not __fish_seen_subcommand_from ${names}' -a ${c.name()} -d ${fishQuote(c.description().split(' (')[0])}`);
  for (const c of cmds) {
    const when = `-n '__fish_seen_subcommand_from ${c.name()}'`;
    if (['compile', 'catalog', 'verify', 'validate'].includes(c.name()) && products.length) lines.push(`complete -c plan ${when} -a ${fishQuote(products.join(' '))}`);
    if (c.name() === 'completion') lines.push(`complete -c plan ${when} -a 'bash zsh fish'`);
    for (const o of c.options) {
      const parts = [`complete -c plan ${when}`];
      if (o.long) parts.push(`-l ${o.long.slice(2)}`);
      if (o.short) parts.push(`-s ${o.short.slice(1)}`);
      const values = valuesOf(o);
      if (values) parts.push(`-x -a ${fishQuote(values.join(' '))}`);
      else if (o.long && PATH_OPTIONS.has(o.long)) parts.push('-r -F');
      else if (o.required || o.optional) parts.push('-x');
      parts.push(`-d ${fishQuote(o.description.split(' (')[0].split(';')[0])}`);
      lines.push(parts.join(' '));
    }
  }
  return lines.join('\n') + '\n';
}

/** The completion script for `shell`: commands, their options, dialects and choices, the bundled products. */
export function completionScript(program: Command, shell: string, products: string[]): string {
  switch (shell) {
    case 'bash': return bash(program, products);
    case 'zsh': return zsh(program, products);
    case 'fish': return fish(program, products);
    default: throw new PlanError(`no completion for shell ${JSON.stringify(shell)} (known: ${SHELLS.join(', ')})`);
  }
}
