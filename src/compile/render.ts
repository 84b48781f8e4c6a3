// Rendering one operation to guarded SQL through templates/<dialect>/<operation>.sql.hbs.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Dialect } from '../dialects/dialect.js';
import type { DialectName, Scalar, ValueExpr } from '../plan/types.js';
import { findColumn, findTable, type Model, type Table } from '../model/model.js';
import { exprColumns, type Op } from '../model/operations.js';
import { projectRoot } from '../paths.js';
import type { ParamValues } from '../model/resolve.js';
import { splitStatements } from './split.js';
import { formatStatement } from './format.js';

// Statements the dialect laid out itself (guard wrappers); the formatter leaves them as they are.
const laidOutStatements = new Set<string>();
function laidOut(d: Dialect, sql: string): string {
  for (const st of splitStatements(sql, d.name === 'mysql')) laidOutStatements.add(st);
  return sql;
}

type Env = { hbs: typeof Handlebars; templates: Map<string, Handlebars.TemplateDelegate> };
const envs = new Map<DialectName, Env>();

function env(d: Dialect): Env {
  let e = envs.get(d.name);
  if (e) return e;
  const hbs = Handlebars.create();
  const dir = join(projectRoot(), 'templates', d.name);
  const q = (v: unknown) => d.quoteIdent(String(v));
  hbs.registerHelper('id', q);
  hbs.registerHelper('cols', (list: string[]) => list.map(q).join(', '));
  hbs.registerHelper('lit', (v: Scalar | null) => d.literal(v));
  // (all a b …): conditions joined with AND.
  hbs.registerHelper('all', (...args: unknown[]) => args.slice(0, -1).filter(Boolean).join('\n    AND '));
  hbs.registerHelper('names', (cols: { name: string }[]) => cols.map((c) => c.name));
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).join(''));
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('icols', (cols: { name: string; desc: boolean }[]) => cols.map((c) => q(c.name) + (c.desc ? ' DESC' : '')).join(', '));
  hbs.registerHelper('column', (c) => d.columnSql(c));
  // {{#list}}one item per line{{/list}}: joins the non-empty lines with commas (column and constraint lists).
  hbs.registerHelper('list', function (this: unknown, options: Handlebars.HelperOptions) {
    return options.fn(this).split('\n').map((l) => l.trim()).filter(Boolean).join(',\n  ');
  });
  // {{#guard condition}}statement{{/guard}}: the statement runs only when the catalog says it is needed.
  // The wrapped statement is formatted here; the wrapper keeps the dialect's own compact layout.
  hbs.registerHelper('guard', function (this: unknown, condition: string, options: Handlebars.HelperOptions) {
    const inner = splitStatements(options.fn(this), d.name === 'mysql').map((x) => formatStatement(d, x)).join('\n');
    return laidOut(d, d.guarded(condition, inner));
  });
  hbs.registerHelper('stop_unless', (condition: string, message: string) => laidOut(d, d.stopUnless(condition, message)));
  for (const [name, fn] of Object.entries(d.guards)) hbs.registerHelper(name, (...args: unknown[]) => fn(...args.slice(0, -1)));
  for (const [name, fn] of Object.entries(d.defs)) hbs.registerHelper(`def_${name}`, (...args: unknown[]) => (fn as (...a: unknown[]) => string)(...args.slice(0, -1)));
  const partials = join(dir, 'partials');
  if (existsSync(partials)) {
    for (const f of readdirSync(partials).filter((f) => f.endsWith('.hbs'))) {
      hbs.registerPartial(f.replace(/\.sql\.hbs$|\.hbs$/, ''), readFileSync(join(partials, f), 'utf8').trim());
    }
  }
  e = { hbs, templates: new Map() };
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.sql.hbs'))) {
    e.templates.set(f.replace(/\.sql\.hbs$/, ''), hbs.compile(readFileSync(join(dir, f), 'utf8'), { noEscape: true, strict: true }));
  }
  envs.set(d.name, e);
  return e;
}

/** SQL for a value expression: literal, parameter (quoted by its type), column of `alias`, concatenation. */
function valueSql(d: Dialect, v: ValueExpr, params: ParamValues, alias?: string): string {
  if ('literal' in v) return d.literal(v.literal);
  if ('param' in v) return d.literal(params[v.param]);
  if ('column' in v) return (alias ? `${alias}.` : '') + d.quoteIdent(v.column);
  return d.concat(v.concat.map((p) => valueSql(d, p, params, alias)));
}

function whereSql(d: Dialect, w: { column: string; is_null?: boolean; equals?: Scalar } | undefined, alias?: string): string | undefined {
  if (!w) return undefined;
  const col = (alias ? `${alias}.` : '') + d.quoteIdent(w.column);
  if (w.is_null !== undefined) return `${col} IS ${w.is_null ? '' : 'NOT '}NULL`;
  return `${col} = ${d.literal(w.equals ?? null)}`;
}

function pkMatch(d: Dialect, t: Table, values: (col: string) => string, alias: string): string {
  return t.primaryKey!.columns.map((c) => `${alias}.${d.quoteIdent(c)} = ${values(c)}`).join(' AND ');
}

function context(d: Dialect, op: Op, before: Model, after: Model, params: ParamValues): Record<string, unknown> {
  const tableName = 'table' in op && typeof op.table === 'string' ? op.table : op.kind === 'copy_rows' ? op.into : undefined;
  const bt = tableName ? findTable(before, tableName) : undefined;
  const at = tableName ? findTable(after, tableName) : undefined;
  const ctx: Record<string, unknown> = { op, before: bt, after: at };
  // Data statements run only where every table and column they name exists (a re-run of a long script
  // may meet a schema that later plans of the same script have changed).
  const needs = (refs: [string, string][]) => {
    const byTable = new Map<string, string[]>();
    for (const [t, c] of refs) byTable.set(t, [...(byTable.get(t) ?? []), c]);
    return [...byTable.keys()].sort().map((t) => d.guards.hasColumns(t, [...new Set(byTable.get(t))].sort())).join('\n    AND ');
  };
  switch (op.kind) {
    case 'create_table':
      ctx.table = findTable(after, op.table.name);
      break;
    case 'alter_column_type':
    case 'set_not_null':
    case 'drop_not_null':
      ctx.column = findColumn(at!, op.column);
      break;
    case 'replace_primary_key':
      ctx.def = d.defs.primaryKey(at!);
      ctx.oldName = bt!.primaryKey?.name;
      break;
    case 'add_foreign_key':
    case 'replace_foreign_key': {
      const names = new Set(bt!.indexes.map((i) => i.name));
      ctx.supporting = at!.indexes.filter((i) => !names.has(i.name));
      ctx.def = d.defs.foreignKey(op.fk);
      break;
    }
    case 'replace_unique':
      ctx.def = d.defs.unique(op.unique.columns);
      break;
    case 'create_index':
    case 'replace_index':
      ctx.def = d.defs.index(at!, op.index);
      break;
    case 'insert':
    case 'delete_rows':
      ctx.rows = op.rows.map((r) => {
        const cols = Object.keys(r);
        const vals = cols.map((c) => d.literal(r[c]));
        const pk = bt!.primaryKey!.columns;
        const key = (c: string) => (c in r ? d.literal(r[c]) : d.literal(findColumn(bt!, c)!.default ?? null));
        return { cols, values: vals.join(', '), match: pk.map((c) => `${d.quoteIdent(c)} = ${key(c)}`).join(' AND ') };
      });
      ctx.pk = bt!.primaryKey!.columns;
      ctx.needs = needs([...new Set([...op.rows.flatMap((r) => Object.keys(r)), ...bt!.primaryKey!.columns])].map((c) => [op.table, c]));
      break;
    case 'copy_rows': {
      const into = findTable(before, op.into)!;
      const targets = Object.keys(op.values);
      ctx.targets = targets;
      ctx.select = targets.map((c) => valueSql(d, op.values[c], params, 'src')).join(', ');
      ctx.where = whereSql(d, op.where, 'src');
      ctx.pk = into.primaryKey!.columns;
      ctx.match = pkMatch(d, into, (c) => (c in op.values ? valueSql(d, op.values[c], params, 'src') : d.literal(findColumn(into, c)!.default ?? null)), 'dst');
      ctx.needs = needs([
        ...[...targets, ...into.primaryKey!.columns].map((c): [string, string] => [op.into, c]),
        ...[...Object.values(op.values).flatMap(exprColumns), ...(op.where ? [op.where.column] : [])].map((c): [string, string] => [op.from, c]),
      ]);
      break;
    }
    case 'update': {
      const sets = Object.entries(op.set).map(([c, v]) => ({ col: c, value: valueSql(d, v, params) }));
      ctx.sets = sets;
      ctx.where = whereSql(d, op.where);
      ctx.changed = sets.map((s) => d.distinct(d.quoteIdent(s.col), s.value)).join(' OR ');
      ctx.needs = needs([...Object.keys(op.set), ...Object.values(op.set).flatMap(exprColumns), ...(op.where ? [op.where.column] : [])].map((c) => [op.table, c]));
      break;
    }
    case 'precondition':
      ctx.condition = [...op.tables.map((t) => d.guards.tableExists(t)), ...op.columns.map((c) => d.guards.columnExists(c.table, c.column))].join(' AND ') || 'TRUE';
      break;
    case 'manual':
      ctx.lines = wrap(op.text, 96);
      break;
  }
  return ctx;
}

export function wrap(text: string, width: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** What the rest of the script does to this operation's object. */
export interface ScriptContext {
  /** Names a later step of the same script renames the created table or column to. */
  laterNames?: string[];
}

/** The statements of one operation, with `before`/`after` the models around it, formatted. */
export function renderOp(d: Dialect, op: Op, before: Model, after: Model, params: ParamValues, script: ScriptContext = {}): string[] {
  const t = env(d).templates.get(op.kind);
  if (!t) throw new Error(`no template templates/${d.name}/${op.kind}.sql.hbs`);
  const text = t({ laterNames: [], ...context(d, op, before, after, params), ...script });
  if (op.kind === 'manual') return [text.trim()];
  return splitStatements(text, d.name === 'mysql').map((st) => (laidOutStatements.has(st) ? st : formatStatement(d, st)));
}

/** A query counting the source rows of a copy that are missing from its target (0 when the copy is complete). */
export function copyGapSql(d: Dialect, op: Extract<Op, { kind: 'copy_rows' }>, before: Model, params: ParamValues): string {
  const c = context(d, op, before, before, params);
  return `SELECT COUNT(*) AS n FROM ${d.quoteIdent(op.from)} AS src WHERE ${c.where ? `${c.where} AND ` : ''}NOT EXISTS (SELECT 1 FROM ${d.quoteIdent(op.into)} AS dst WHERE ${c.match})`;
}

/** A query counting the rows a backfill should have written and did not (0 when it is complete). */
export function updateGapSql(d: Dialect, op: Extract<Op, { kind: 'update' }>, before: Model, params: ParamValues): string {
  const c = context(d, op, before, before, params);
  return `SELECT COUNT(*) AS n FROM ${d.quoteIdent(op.table)} WHERE ${c.where ? `${c.where} AND ` : ''}(${c.changed})`;
}
