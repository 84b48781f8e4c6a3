// The files `plan init` writes for a new product: a product file and an install plan that validate and compile as
// they are, each starting with the schema comment editors (yaml-language-server) validate them with. Pure: text only.
import { parse } from 'yaml';

/** The first version of a scaffolded product; its install plan is `0-<version>.yaml`. */
export const SCAFFOLD_VERSION = '1.0';

/** The files of a new product, by file name (relative to its folder), as text. */
export interface ScaffoldFiles {
  [file: string]: string;
}

/**
 * The files of a new product `name` (a valid product name: see checkProductName and the product schema).
 * `schemas` is how the product's folder reaches the bundled schemas folder (`../../schemas`, or a file:// URL):
 * it goes into each file's `# yaml-language-server: $schema=…` comment.
 */
export function scaffoldProduct(name: string, schemas: string): ScaffoldFiles {
  // A name YAML would read as something else (true, null, 1e3) is quoted; others stay plain, as people write them.
  const product = parse(name) === name ? name : JSON.stringify(name);
  const v = SCAFFOLD_VERSION;
  return {
    'product.yaml': [
      `# yaml-language-server: $schema=${schemas}/product.schema.json`,
      '# Versions in order, oldest first: each upgrade plan goes from one to the next (<from>-<to>.yaml). Optional:',
      '# parameters, sources, procedure (what to stop before a script and start after it). See the README of plan,',
      '# "Plans of your own".',
      `product: ${product}`,
      `title: ${product}`,
      `versions: ["${v}"]`,
      'dialects: [postgres, mysql]',
      '',
    ].join('\n'),
    [`0-${v}.yaml`]: [
      `# yaml-language-server: $schema=${schemas}/plan.schema.json`,
      `# The install plan: the schema of ${v}, from the empty database (version 0). The upgrade to the next version`,
      `# is ${v}-<next>.yaml, with <next> added to versions in product.yaml.`,
      `product: ${product}`,
      'from: "0"',
      `to: "${v}"`,
      `summary: Fresh install of ${name} ${v}`,
      'steps:',
      '  - create_table:',
      '      name: items',
      '      columns:',
      '        - { name: id, type: bigint, nullable: false }',
      '        - { name: name, type: "varchar(255)", nullable: false }',
      '        - { name: created_at, type: bigint }',
      '      primary_key: { columns: [id] }',
      '',
    ].join('\n'),
  };
}
