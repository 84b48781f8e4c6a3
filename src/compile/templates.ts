// The statement templates: templates/<dialect>/<statement>.sql.hbs, one statement body each (no guard: guards
// come from the model, see guards.ts). A template can print nothing but the output of the quoting helpers
// below: every `{{…}}` must call one of them with an argument, `{{{…}}}` is refused, and the helpers return
// `Sql` values made by the dialect's quoting functions. A template that breaks the rule fails to load.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Dialect } from '../dialects/dialect.js';
import type { DialectName, Scalar } from '../plan/types.js';
import type { Column, FkAction, IndexColumn } from '../model/model.js';
import { projectRoot } from '../paths.js';
import { Sql, joinSql } from './sql.js';

/** Helpers that print (each returns Sql). */
const PRINTING = new Set(['id', 'cols', 'icols', 'lit', 'column', 'type', 'action', 'expr']);
/** Block helpers and the helpers they may call in their parameters. */
const BLOCKS = new Set(['if', 'unless', 'each', 'list']);
const CONDITIONS = new Set(['eq']);
const ACTIONS = new Set<FkAction>(['CASCADE', 'RESTRICT', 'NO ACTION', 'SET NULL', 'SET DEFAULT']);

type Env = { templates: Map<string, Handlebars.TemplateDelegate> };
const envs = new Map<DialectName, Env>();

/** Throws unless every mustache of `source` prints through a quoting helper. */
export function checkTemplate(source: string, file: string): void {
  const visit = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const where = () => `${file}:${node.loc?.start.line ?? '?'}:${(node.loc?.start.column ?? 0) + 1}`;
    if (node.type === 'MustacheStatement') {
      const name = node.path?.original;
      if (!node.escaped) throw new Error(`${where()}: {{{…}}} prints without quoting; use a quoting helper (${[...PRINTING].join(', ')})`);
      if (!PRINTING.has(name) || node.params.length === 0) throw new Error(`${where()}: {{${name}}} is not a quoting helper call (${[...PRINTING].join(', ')})`);
    } else if (node.type === 'BlockStatement') {
      if (!BLOCKS.has(node.path?.original)) throw new Error(`${where()}: block helper #${node.path?.original} is not allowed`);
    } else if (node.type === 'SubExpression') {
      if (!CONDITIONS.has(node.path?.original)) throw new Error(`${where()}: (${node.path?.original} …) is not allowed`);
    }
    for (const k of ['body', 'program', 'inverse', 'params']) if (node[k]) visit(node[k]);
  };
  visit(Handlebars.parse(source));
}

function env(d: Dialect): Env {
  let e = envs.get(d.name);
  if (e) return e;
  const hbs = Handlebars.create();
  const dir = join(projectRoot(), 'templates', d.name);
  const asSql = (v: unknown, what: string): Sql => {
    if (Sql.is(v)) return v;
    throw new Error(`template helper ${what}: expected an Sql value, got ${typeof v}`);
  };
  const s = d.syntax;
  hbs.registerHelper('id', (v: string) => s.ident(String(v)));
  hbs.registerHelper('cols', (list: string[]) => joinSql(list.map((c) => s.ident(c)), ', '));
  hbs.registerHelper('icols', (cols: IndexColumn[]) => joinSql(cols.map((c) => Sql.verbatim(s.ident(c.name).text + (c.desc ? ' DESC' : ''))), ', '));
  hbs.registerHelper('lit', (v: Scalar | null) => s.literal(v));
  hbs.registerHelper('column', (c: Column) => s.columnSql(c));
  hbs.registerHelper('type', (t: string) => s.type(t));
  hbs.registerHelper('action', (a: FkAction) => {
    if (!ACTIONS.has(a)) throw new Error(`not a foreign key action: ${JSON.stringify(a)}`);
    return Sql.verbatim(a);
  });
  hbs.registerHelper('expr', (v: unknown) => asSql(v, 'expr'));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // {{#list}}one item per line{{/list}}: the non-empty lines, indented to sit inside a guard block, joined
  // with commas (column and constraint lists).
  hbs.registerHelper('list', function (this: unknown, options: Handlebars.HelperOptions) {
    return options.fn(this).split('\n').map((l) => l.trim()).filter(Boolean).map((l) => `      ${l}`).join(',\n') + '\n';
  });
  const partials = join(dir, 'partials');
  if (existsSync(partials)) {
    for (const f of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
      const src = readFileSync(join(partials, f), 'utf8').trim();
      checkTemplate(src, `templates/${d.name}/partials/${f}`);
      hbs.registerPartial(f.replace(/\.hbs$/, ''), src);
    }
  }
  e = { templates: new Map() };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.sql.hbs'))) {
    const src = readFileSync(join(dir, f), 'utf8').trim();
    checkTemplate(src, `templates/${d.name}/${f}`);
    e.templates.set(f.replace(/\.sql\.hbs$/, ''), hbs.compile(src, { noEscape: true, strict: true }));
  }
  envs.set(d.name, e);
  return e;
}

/**
 * The body of one statement from templates/<dialect>/<name>.sql.hbs.
 * @throws Error when the dialect has no such template or a value is not what its helper quotes
 */
export function statementBody(d: Dialect, name: string, context: Record<string, unknown>): Sql {
  const t = env(d).templates.get(name);
  if (!t) throw new Error(`no template templates/${d.name}/${name}.sql.hbs`);
  return Sql.verbatim(t(context).trim());
}
