// The rule every statement template obeys: it prints nothing but the output of the quoting helpers. Checked
// when the templates are precompiled (src/build/generate.ts) and by the tests; a run never parses a template.
import Handlebars from 'handlebars';

/** Helpers that print (each returns Sql made by the dialect's quoting functions). */
export const PRINTING_HELPERS = new Set(['id', 'tbl', 'cols', 'icols', 'pred', 'lit', 'dflt', 'column', 'type', 'action', 'expr']);
/** Block helpers a template may use. */
export const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'list']);
/** Helpers a block may call in its parameters. */
export const CONDITION_HELPERS = new Set(['eq']);

/**
 * Throws unless every mustache of `source` prints through a quoting helper.
 * @param source the template text
 * @param file the name errors give it (`templates/<dialect>/<name>.sql.hbs`)
 * @throws Error `file:line:col: …` for `{{{…}}}`, a mustache that is not a quoting helper call, a block or
 *   subexpression helper that is not allowed
 */
export function checkTemplate(source: string, file: string): void {
  const visit = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const where = () => `${file}:${node.loc?.start.line ?? '?'}:${(node.loc?.start.column ?? 0) + 1}`;
    if (node.type === 'MustacheStatement') {
      const name = node.path?.original;
      if (!node.escaped) throw new Error(`${where()}: {{{…}}} prints without quoting; use a quoting helper (${[...PRINTING_HELPERS].join(', ')})`);
      if (!PRINTING_HELPERS.has(name) || node.params.length === 0) throw new Error(`${where()}: {{${name}}} is not a quoting helper call (${[...PRINTING_HELPERS].join(', ')})`);
    } else if (node.type === 'BlockStatement') {
      if (!BLOCK_HELPERS.has(node.path?.original)) throw new Error(`${where()}: block helper #${node.path?.original} is not allowed`);
    } else if (node.type === 'SubExpression') {
      if (!CONDITION_HELPERS.has(node.path?.original)) throw new Error(`${where()}: (${node.path?.original} …) is not allowed`);
    }
    for (const k of ['body', 'program', 'inverse', 'params']) if (node[k]) visit(node[k]);
  };
  visit(Handlebars.parse(source));
}
