// The statement templates: templates/<dialect>/<statement>.sql.hbs (or templates/shared/ for a statement both
// dialects spell alike), one statement body each (no guard: guards come from the model, see guards.ts). A
// template can print nothing but the output of the quoting helpers below (checked by template-check.ts when
// the build precompiles them into generated/templates.cjs): the helpers return `Sql` values made by the
// dialect's quoting functions. A run loads the precompiled specs with the Handlebars runtime only.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type HandlebarsFull from 'handlebars';
import type { Dialect } from '../dialects/dialect.js';
import type { DialectName, Scalar } from '../plan/types.js';
import type { Column, FkAction, IndexColumn } from '../model/model.js';
import { projectRoot } from '../paths.js';
import { Sql, joinSql } from './sql.js';

type TemplateSpec = Parameters<typeof HandlebarsFull.template>[0];
type Precompiled = Record<string, { templates: Record<string, TemplateSpec>; partials: Record<string, TemplateSpec>; sources: Record<string, string> }>;

const ACTIONS = new Set<FkAction>(['CASCADE', 'RESTRICT', 'NO ACTION', 'SET NULL', 'SET DEFAULT']);

type Env = { templates: Map<string, HandlebarsTemplateDelegate>; sources: Record<string, string> };
// One environment per dialect name (the templates of templates/<dialect>/), not per dialect object: a dialect with a
// schema set (`inSchema`) or places (`located`) is another object with the same templates, whose quoting the
// helpers take from `rendering`, the dialect of the statementBody call under way (rendering is synchronous).
const envs = new Map<string, Env>();
let rendering: Dialect | undefined;
let precompiled: Precompiled | undefined;

/** generated/templates.cjs (written by `npm run build`). */
function specs(): Precompiled {
  precompiled ??= createRequire(import.meta.url)(join(projectRoot(), 'generated', 'templates.cjs')) as Precompiled;
  return precompiled;
}

/** The syntax of the dialect whose statement is being rendered. */
function syntax(): Dialect['syntax'] {
  if (!rendering) throw new Error('internal: a template helper called outside statementBody');
  return rendering.syntax;
}

function env(name: string): Env {
  let e = envs.get(name);
  if (e) return e;
  const own = specs()[name];
  if (!own) throw new Error(`no precompiled templates for dialect ${name} (run npm run build)`);
  // The Handlebars runtime (the library without its compiler; its own .d.ts declares nothing, so typed as
  // the full library), loaded on first use.
  const hbs = (createRequire(import.meta.url)('handlebars/runtime') as typeof HandlebarsFull).create();
  const asSql = (v: unknown, what: string): Sql => {
    if (Sql.is(v)) return v;
    throw new Error(`template helper ${what}: expected an Sql value, got ${typeof v}`);
  };
  hbs.registerHelper('id', (v: string) => syntax().ident(String(v)));
  hbs.registerHelper('tbl', (v: string) => syntax().table(String(v)));
  hbs.registerHelper('cols', (list: string[]) => joinSql(list.map((c) => syntax().ident(c)), ', '));
  // An index element: a column (quoted) or an expression (plan text the dialect's parser checked at compile time:
  // one expression, no ";", no comment), its operator class (quoted), DESC.
  hbs.registerHelper('icols', (cols: IndexColumn[]) =>
    joinSql(cols.map((c) => Sql.verbatim((c.expression ?? syntax().ident(c.name!).text) + (c.opclass !== undefined ? ` ${syntax().ident(c.opclass).text}` : '') + (c.desc ? ' DESC' : ''))), ', '));
  // A partial index's predicate: plan text the dialect's parser checked at compile time (one expression).
  hbs.registerHelper('pred', (v: string) => Sql.verbatim(String(v)));
  hbs.registerHelper('lit', (v: Scalar | null) => syntax().literal(v));
  hbs.registerHelper('column', (c: Column) => syntax().columnSql(c));
  // A column's default as SET DEFAULT writes it (a bytes column's as its bytes: DialectSyntax.columnDefault).
  hbs.registerHelper('dflt', (c: Column) => syntax().columnDefault(c));
  hbs.registerHelper('type', (t: string) => syntax().type(t));
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
  for (const [partial, spec] of Object.entries(own.partials)) hbs.registerPartial(partial, hbs.template(spec));
  e = { templates: new Map(Object.entries(own.templates).map(([t, spec]) => [t, hbs.template(spec)])), sources: own.sources };
  envs.set(name, e);
  return e;
}

/**
 * The body of one statement from the dialect's template `name`.
 * @throws Error when the dialect has no such template or a value is not what its helper quotes
 */
export function statementBody(d: Dialect, name: string, context: Record<string, unknown>): Sql {
  const t = env(d.name).templates.get(name);
  if (!t) throw new Error(`no template ${name} for ${d.name} (templates/${d.name}/${name}.sql.hbs or templates/shared/${name}.sql.hbs)`);
  const outer = rendering;
  rendering = d;
  try {
    return Sql.verbatim(t(context).trim());
  } finally {
    rendering = outer;
  }
}
