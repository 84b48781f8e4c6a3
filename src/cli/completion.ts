// `plan completion bash|zsh|fish`: completion scripts made from the commands and options the program declares.
import type { Command, Option } from 'commander';
import { PlanError } from '../plan/errors.js';
import { PLAN_COMMAND } from '../shell.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const DIALECTS = ['postgres', 'postgresql', 'mysql', 'mariadb', 'sqlite'];
/** Options whose value is a path: the shell completes file names there. */
const PATH_OPTIONS = new Set(['--output', '--params-file', '--plans', '--out']);

/**
 * What a command's first argument takes, by its name: a product (the products on the plans path) or a shell;
 * nothing to offer for others (a version, or none).
 */
function firstArgumentValues(c: Command, products: string[]): string[] {
  const first = c.registeredArguments[0];
  if (!first) return [];
  if (first.argChoices) return first.argChoices;
  return first.name() === 'product' ? products : [];
}

/** An option's or command's description for a completion menu: without its parenthesized asides, up to a semicolon. */
const menuText = (text: string) => text.replace(/\s*\([^()]*\)/g, '').split(';')[0].trim();

/** The values an option takes, when they are a known list. */
function valuesOf(o: Option): string[] | undefined {
  if (o.long === '--dialect') return DIALECTS;
  return o.argChoices;
}

const commandsOf = (program: Command) => program.commands.filter((c) => c.name() !== 'help');
const flagsOf = (c: Command) => [...c.options.flatMap((o) => [o.long, o.short].filter((x): x is string => !!x)), '--help'];

function bash(program: Command, products: string[]): string {
  const cmds = commandsOf(program);
  // Each command's options with a list of values (the same flag may take other values in another command: --format).
  const valueCases: string[] = [];
  const pathFlags = new Set<string>();
  for (const c of cmds) {
    for (const o of c.options) {
      const flags = [o.long, o.short].filter((x): x is string => !!x);
      const values = valuesOf(o);
      if (values) valueCases.push(`    ${flags.map((f) => `${c.name()}:${f}`).join('|')}) COMPREPLY=($(compgen -W "${values.join(' ')}" -- "$cur")); return ;;`);
      if (o.long && PATH_OPTIONS.has(o.long)) for (const f of flags) pathFlags.add(f);
    }
  }
  return [
    // The completion is for the command word `plan`: installed in a project, `npx plan` is no such word, so the
    // comment says to define one. A function, not an alias: zsh expands an alias before completing (unless
    // complete_aliases is set), so an alias would be completed as npx (found at stop 32 by a fresh user).
    `# plan completion (bash): ${PLAN_COMMAND} completion bash > ~/.plan-completion.bash, then add "source ~/.plan-completion.bash" to ~/.bashrc; it completes the command plan (installed in a project, not globally: also add plan() { ${PLAN_COMMAND} "$@"; })`,
    '_plan_complete() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="${COMP_WORDS[1]}" opts=""',
    '  if [ "$COMP_CWORD" -eq 1 ]; then',
    `    COMPREPLY=($(compgen -W "${cmds.map((c) => c.name()).join(' ')} --help --version" -- "$cur")); return`,
    '  fi',
    '  case "$cmd:$prev" in',
    ...valueCases,
    '  esac',
    '  case "$prev" in',
    ...(pathFlags.size ? [`    ${[...pathFlags].join('|')}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`] : []),
    '  esac',
    '  local first=""',
    '  case "$cmd" in',
    ...cmds.map((c) => {
      const first = firstArgumentValues(c, products);
      return `    ${c.name()}) opts="${flagsOf(c).join(' ')}"${first.length ? `; first="${first.join(' ')}"` : ''} ;;`;
    }),
    '  esac',
    '  if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "$opts" -- "$cur"))',
    '  elif [ "$COMP_CWORD" -eq 2 ] && [ -n "$first" ]; then COMPREPLY=($(compgen -W "$first" -- "$cur"))',
    '  fi',
    '}',
    'complete -o default -F _plan_complete plan',
    '',
  ].join('\n');
}

function zsh(program: Command, products: string[]): string {
  return [
    `# plan completion (zsh): ${PLAN_COMMAND} completion zsh > ~/.plan-completion.zsh, then add "source ~/.plan-completion.zsh" to ~/.zshrc (uses bash completion); it completes the command plan (installed in a project, not globally: also add plan() { ${PLAN_COMMAND} "$@"; })`,
    // Only what the shell lacks: a .zshrc that already ran compinit keeps its own (and does not pay for it twice).
    '(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }',
    '(( $+functions[complete] )) || { autoload -U +X bashcompinit && bashcompinit; }',
    bash(program, products).split('\n').slice(1).join('\n'),
  ].join('\n');
}

const fishQuote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(program: Command, products: string[]): string {
  const cmds = commandsOf(program);
  const names = cmds.map((c) => c.name()).join(' ');
  const lines = [`# plan completion (fish): ${PLAN_COMMAND} completion fish > ~/.config/fish/completions/plan.fish; it completes the command plan (installed in a project, not globally: also function plan; ${PLAN_COMMAND} $argv; end; funcsave plan)`, 'complete -c plan -f'];
  for (const c of cmds) lines.push(`complete -c plan -n 'not __fish_seen_subcommand_from ${names}' -a ${c.name()} -d ${fishQuote(menuText(c.description()))}`);
  for (const c of cmds) {
    const when = `-n '__fish_seen_subcommand_from ${c.name()}'`;
    const first = firstArgumentValues(c, products);
    // Its first argument, right after the command's name only.
    if (first.length) lines.push(`complete -c plan -n '__fish_seen_subcommand_from ${c.name()}; and test (count (commandline -opc)) -eq 2' -a ${fishQuote(first.join(' '))}`);
    for (const o of c.options) {
      const parts = [`complete -c plan ${when}`];
      if (o.long) parts.push(`-l ${o.long.slice(2)}`);
      if (o.short) parts.push(`-s ${o.short.slice(1)}`);
      const values = valuesOf(o);
      if (values) parts.push(`-x -a ${fishQuote(values.join(' '))}`);
      else if (o.long && PATH_OPTIONS.has(o.long)) parts.push('-r -F');
      else if (o.required || o.optional) parts.push('-x');
      parts.push(`-d ${fishQuote(menuText(o.description))}`);
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
