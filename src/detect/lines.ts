// Catalog lines (the format of src/engines/catalog.ts and of Dialect.catalogLines: `T <table> | <kind> …`) seen
// as objects with a key and a definition, so two catalogs can be compared object by object: what is missing,
// what is extra, and what has another definition under the same key.

/** One catalog line split into the table it belongs to, the object's key and the whole line. */
export interface KeyedLine {
  table: string;
  /** `<table> <kind> <name>`: the same object at two versions has the same key whatever its definition. */
  key: string;
  line: string;
}

/** The differences between an expected catalog and a found one. */
export interface CatalogDiff {
  /** Lines expected and not found (no object with their key). */
  missing: string[];
  /** Lines found and not expected (no expected object with their key). */
  extra: string[];
  /** Objects found with another definition than expected. */
  different: { key: string; expected: string; found: string }[];
}

/**
 * The table a catalog line belongs to (`T <table> | …`), or the enum type an `E <type> | ENUM (…)` line describes
 * (PostgreSQL: types and tables share one namespace). @throws Error for a line of another format
 */
export function tableOf(line: string): string {
  const bar = line.indexOf(' | ');
  if (!(line.startsWith('T ') || line.startsWith('E ')) || bar < 0) throw new Error(`not a catalog line (T <table> | … or E <type> | …): ${JSON.stringify(line)}`);
  return line.slice(2, bar);
}

/**
 * What the object a catalog line belongs to is, in the words a message names it by: `table` for a table's line
 * (`T <table> | …`), `enum type` for an enum type's (`E <type> | ENUM (…)`, PostgreSQL's CREATE TYPE … AS ENUM;
 * found by a fresh user: detect called the enum type mood "table mood"). @throws Error for a line of another format
 */
export function objectKindOf(line: string): 'table' | 'enum type' {
  tableOf(line);
  return line.startsWith('E ') ? 'enum type' : 'table';
}

/**
 * Objects named with their kind, grouped by kind (tables first): `tables a, b; enum type mood`; `limit` names at
 * most that many, the rest counted (`and 4 more`).
 */
export function namedObjectsWords(objects: readonly { name: string; kind: 'table' | 'enum type' }[], limit = Infinity): string {
  const sorted = [...objects].sort((a, b) => (a.kind === b.kind ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.kind === 'table' ? -1 : 1));
  const shown = sorted.slice(0, limit);
  const groups: string[] = [];
  for (const kind of ['table', 'enum type'] as const) {
    const names = shown.filter((o) => o.kind === kind).map((o) => o.name);
    if (names.length) groups.push(`${names.length === 1 ? kind : `${kind}s`} ${names.join(', ')}`);
  }
  return `${groups.join(' and ')}${sorted.length > shown.length ? ` and ${sorted.length - shown.length} more` : ''}`;
}

/**
 * The object a catalog line describes. Columns (`COL name`), constraints (`CON name`, PostgreSQL), indexes
 * (`IDX CREATE [UNIQUE] INDEX name …` on PostgreSQL; `IDX name` / `UQ name` on MySQL, one kind since an index can
 * become unique), foreign keys (`FK name`) and the MySQL primary key (`PK`, one per table).
 * @throws Error for a line of another format
 */
export function keyOf(line: string): KeyedLine {
  const table = tableOf(line);
  // An enum type: one object whatever its values or place.
  if (line.startsWith('E ')) return { table, key: `${table} TYPE`, line };
  const words = line.slice(line.indexOf(' | ') + 3).split(' ');
  let kind = words[0];
  let name = words[1] ?? '';
  if (kind === 'PK') name = '';
  else if (kind === 'UQ') kind = 'IDX';
  else if (kind === 'IDX' && name === 'CREATE') name = words[2] === 'UNIQUE' ? words[4] : words[3];
  return { table, key: `${table} ${kind}${name ? ' ' + name : ''}`, line };
}

/** The differences between `expected` and `found` (both lists of catalog lines), each list sorted. */
export function diffCatalogs(expected: readonly string[], found: readonly string[]): CatalogDiff {
  const want = new Map<string, string[]>();
  for (const l of expected) push(want, keyOf(l).key, l);
  const have = new Map<string, string[]>();
  for (const l of found) push(have, keyOf(l).key, l);
  const missing: string[] = [];
  const extra: string[] = [];
  const different: CatalogDiff['different'] = [];
  for (const [key, lines] of want) {
    const got = have.get(key) ?? [];
    const notFound = lines.filter((l) => !got.includes(l));
    const unexpected = got.filter((l) => !lines.includes(l));
    // One object under one key: another definition. Anything else (several lines per key) stays missing/extra.
    if (notFound.length === 1 && unexpected.length === 1) different.push({ key, expected: notFound[0], found: unexpected[0] });
    else {
      missing.push(...notFound);
      extra.push(...unexpected);
    }
  }
  for (const [key, lines] of have) if (!want.has(key)) extra.push(...lines);
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { missing: missing.sort(byText), extra: extra.sort(byText), different: different.sort((a, b) => byText(a.key, b.key)) };
}

/** The number of differences: missing + extra + different objects. */
export function diffSize(d: CatalogDiff): number {
  return d.missing.length + d.extra.length + d.different.length;
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
