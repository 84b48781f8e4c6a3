// Ory Keto v0.6 → v0.7 (issue #14) in SQL alone: v0.6 keeps one table per namespace (keto_<id, 10 digits>_relation_tuples),
// v0.7 one keto_relation_tuples keyed by network. Keto's guide says the move "isn't possible" as SQL and needs
// `keto namespace migrate legacy`, which logs broken tuples and moves on, and adds every tuple again under new random
// ids when re-run after a partial failure. Here the move is a reviewed script: given the namespace name → id map of
// Keto's configuration (--param namespaces), every good tuple lands once, with an id derived from it (a re-run adds
// nothing; the rollback deletes exactly those rows), and the rows Keto calls broken are left in the legacy table and
// listed by the report query.
//
// Facts carried over (ory/keto, ory/x; ../shared/reference/products.md §2):
// - v0.6 subject encoding (internal/relationtuple/definitions.go@v0.6.0-alpha.3, SubjectFromString): a string with
//   '#' is a subject set and must split into exactly 2 parts on '#', its first part into exactly 2 on ':'
//   (namespace:object#relation); without '#' it is a subject id, ':' allowed. Anything else is ErrMalformedInput,
//   which the legacy migrator (single_table.go@v0.7.0-alpha.1) skips as "broken"; issue #661's
//   `default:group:A#member` is one. A subject set whose namespace name is not configured stops the migrator.
// - v0.7 keto_relation_tuples (20210623162417000000_relationtuple.<dialect>.up.sql): subject_id and the subject set's
//   object and relation are varchar(64); v0.6's subject is varchar(256).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { reportSql } from '../src/compile/report.js';
import { derivedUuid } from '../src/compile/derived-id.js';
import { closeAllScratches, describeWrites, openScratch, type Scratch } from '../src/engines/index.js';
import { resolveParams } from '../src/plan/params.js';
import { loadProduct } from '../src/plan/load.js';
import { verify } from '../src/verify/verify.js';
import { describeEngines, type EngineTarget } from './helpers/servers.js';
import { tempPlansDir, writePlanFile } from './helpers/plans.js';

afterAll(() => closeAllScratches());

const NAMESPACES = 'files:1,groups:2,folders:3';
const NETWORK = '6b65746f-0000-4000-8000-000000000001';
const script = (from: string, to: string, dialect: string, namespaces = NAMESPACES) => compile({ product: 'keto', from, to, dialect, params: [`namespaces=${namespaces}`] });

describe('the namespaces parameter: a map of name:id pairs, checked entry by entry', () => {
  const product = loadProduct('keto');
  const resolve = (v: string) => resolveParams(product, [`namespaces=${v}`]).namespaces;

  it('canonical: ordered by id, spaces dropped', () => {
    expect(resolve(' groups : 2 , files:1')).toBe('files:1,groups:2');
  });

  it("names as Keto's configuration allows them: dashes, dots, a leading digit, quotes (they reach SQL only as quoted literals)", () => {
    expect(resolve("my-app.docs:1,2fa:2,o'brien:3")).toBe("my-app.docs:1,2fa:2,o'brien:3");
    expect(script('0.6', '0.7', 'postgres', "my-app.docs:1,o'brien:3").sql).toContain("WHEN 'my-app.docs' THEN 1 WHEN 'o''brien' THEN 3 END");
  });

  it.each([
    ['files', 'parameter namespaces: entry 1 ("files") is not name:id (write the map as name:id,name:id, e.g. files:1,groups:2)'],
    ['files:1,groups:x', 'parameter namespaces: entry 2 ("groups:x"): the id "x" is not an integer from 0 to 2147483647'],
    ['files:-1', 'parameter namespaces: entry 1 ("files:-1"): the id "-1" is not an integer from 0 to 2147483647'],
    ['files:2147483648', 'parameter namespaces: entry 1 ("files:2147483648"): the id "2147483648" is not an integer from 0 to 2147483647'],
    ['a b:1', 'parameter namespaces: entry 1 ("a b:1"): the name "a b" is not a name of 1 to 64 characters without spaces, control characters, ",", ":" or "#"'],
    ['x#y:1', 'parameter namespaces: entry 1 ("x#y:1"): the name "x#y" is not a name of 1 to 64 characters without spaces, control characters, ",", ":" or "#"'],
    [`${'n'.repeat(65)}:1`, `parameter namespaces: entry 1 ("${'n'.repeat(65)}:1"): the name "${'n'.repeat(65)}" is not a name of 1 to 64 characters without spaces, control characters, ",", ":" or "#"`],
    ['files:1,files:2', 'parameter namespaces: entries 1 and 2 both name "files"'],
    ['files:1,groups:1', 'parameter namespaces: entries 1 and 2 both have id 1'],
    ['', 'parameter namespaces: entry 1 ("") is not name:id (write the map as name:id,name:id, e.g. files:1,groups:2)'],
  ])('%j is refused: %s', (value, message) => {
    expect(() => resolve(value)).toThrow(message);
  });

  it('has no default: a script is compiled for the configuration at hand', () => {
    expect(() => compile({ product: 'keto', from: '0.6', to: '0.7', dialect: 'postgres' })).toThrow("parameter namespaces has no default: pass --param namespaces=… (the namespace names of Keto's configuration with their ids, written name:id,name:id (files:1,groups:2))");
  });
});

describe('for_each: a step per namespace, named as Keto names its tables', () => {
  it("the v0.6 tables of each configured namespace, ids zero-padded to 10 digits (Go's %010d)", () => {
    const install = script('0', '0.6', 'postgres', 'files:1,groups:12');
    expect(install.after.tables.map((t) => t.name).sort()).toEqual(['keto_0000000001_relation_tuples', 'keto_0000000012_relation_tuples', 'keto_namespace', 'keto_namespace_0000000001_migrations', 'keto_namespace_0000000012_migrations', 'schema_migration']);
    expect(install.sql).toContain('CREATE INDEX keto_0000000012_relation_tuples_user_set_idx ON keto_0000000012_relation_tuples (object, relation);');
  });

  it('the move copies each namespace with its id; the header lists the per-namespace copy once, with the report command', () => {
    const up = script('0.6', '0.7', 'mysql');
    expect(up.units.filter((u) => u.op.kind === 'copy_rows').map((u) => (u.op as { from: string }).from)).toEqual(['keto_0000000001_relation_tuples', 'keto_0000000002_relation_tuples', 'keto_0000000003_relation_tuples']);
    expect(up.sql.match(/^-- rows not copied: .*$/gm)).toHaveLength(1);
    expect(up.sql).toContain('-- rows not copied: [0.6 → 0.7] steps 7/12, 8/12 and 9/12 copy rows of keto_0000000001_relation_tuples, keto_0000000002_relation_tuples, keto_0000000003_relation_tuples into keto_relation_tuples except those it skips (');
    expect(up.sql).toContain(`-- report:   the rows skipped, with the reason (read-only; before or after this script): npx plan compile keto 0.6 0.7 --dialect mysql --param namespaces=${NAMESPACES} --param network_id=${NETWORK} --param new_user=keto_new --param old_user=keto --report -o report.sql`);
  });

  it('{key} and {value} outside a for_each step, and for_each over a parameter that is not a map, are refused with their place', () => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'p', 'product.yaml', 'product: p\ntitle: P\nversions: ["1"]\ndialects: [postgres]\nparameters:\n  n: { type: map, example: "a:1", description: names }\n  s: { type: string, default: x, description: a string }\n');
    const plan = (steps: string) => writePlanFile(dir, 'p', '0-1.yaml', `product: p\nfrom: "0"\nto: "1"\nsummary: s\nsteps:\n${steps}`);
    plan('  - create_table: { name: "t_{value}", columns: [{ name: id, type: integer }] }\n');
    expect(() => compile({ product: 'p', from: '0', to: '1', dialect: 'postgres', plansDir: dir, examples: true })).toThrow('/p/0-1.yaml:6:27: {key} and {value} stand for a map entry only in a step with for_each: <map parameter>');
    plan('  - for_each: s\n    create_table: { name: "t_{value}", columns: [{ name: id, type: integer }] }\n');
    expect(() => compile({ product: 'p', from: '0', to: '1', dialect: 'postgres', plansDir: dir, examples: true })).toThrow('/p/0-1.yaml:6:15: for_each: parameter "s" is a string, not a map (name:id pairs)');
  });
});

/** A v0.6 tuple row: the table's id, object, relation, subject, commit time. */
type Legacy = { ns: number; object: string | null; relation: string; subject: string | null; at: string };

/** Tuples of three namespaces, good and broken (the broken ones with the reason the report gives). */
const ROWS: (Legacy & { broken?: string })[] = [
  { ns: 1, object: 'report.pdf', relation: 'view', subject: 'anne', at: '2021-06-01 09:00:00' },
  { ns: 1, object: 'report.pdf', relation: 'view', subject: 'groups:staff#member', at: '2021-06-01 09:01:00' },
  // A subject id may hold ':' (no '#'): a user id of another system.
  { ns: 1, object: 'report.pdf', relation: 'edit', subject: 'user:bob', at: '2021-06-01 09:02:00' },
  // The same tuple twice at two commit times: two rows in v0.6, two in v0.7 (as Keto's migrator copies them).
  { ns: 1, object: 'report.pdf', relation: 'edit', subject: 'user:bob', at: '2021-06-02 10:00:00' },
  // An object may hold ':' and '#': only the subject is parsed.
  { ns: 1, object: 'dir:a#b', relation: 'view', subject: 'anne', at: '2021-06-01 09:03:00' },
  { ns: 1, object: 'report.pdf', relation: 'view', subject: 'invalid#subject-id', at: '2021-06-01 09:04:00', broken: 'malformed subject set: not namespace:object#relation with exactly one : before the # (Keto\'s migrator skips it as broken)' },
  { ns: 1, object: 'notes.txt', relation: 'view', subject: 'teams:dev#member', at: '2021-06-01 09:05:00', broken: "the subject set's namespace is not in --param namespaces (Keto's migrator stops the namespace on it)" },
  // Names compare exactly: MySQL's collation would take Groups for groups.
  { ns: 1, object: 'notes.txt', relation: 'view', subject: 'Groups:staff#member', at: '2021-06-01 09:06:00', broken: "the subject set's namespace is not in --param namespaces (Keto's migrator stops the namespace on it)" },
  { ns: 1, object: 'notes.txt', relation: 'view', subject: 'x'.repeat(65), at: '2021-06-01 09:07:00', broken: "subject id longer than 64 characters (v0.7's subject_id is varchar(64))" },
  { ns: 2, object: 'staff', relation: 'member', subject: 'anne', at: '2021-06-01 09:08:00' },
  // Subject set object with an empty part: valid for Keto (Split gives exactly two parts).
  { ns: 2, object: 'staff', relation: 'member', subject: 'groups:#member', at: '2021-06-01 09:09:00' },
  { ns: 2, object: 'staff', relation: 'member', subject: 'default:group:A#member', at: '2021-06-01 09:10:00', broken: "malformed subject set: not namespace:object#relation with exactly one : before the # (Keto's migrator skips it as broken)" },
  { ns: 2, object: 'staff', relation: 'member', subject: 'a#b#c', at: '2021-06-01 09:11:00', broken: "malformed subject: more than one # (Keto's migrator skips it as broken)" },
  { ns: 2, object: 'staff', relation: 'member', subject: `groups:${'o'.repeat(65)}#member`, at: '2021-06-01 09:12:00', broken: "subject set object or relation longer than 64 characters (v0.7's columns are varchar(64))" },
  { ns: 3, object: 'root', relation: 'parent', subject: 'folders:home#parent', at: '2021-06-01 09:13:00' },
  { ns: 3, object: 'root', relation: 'parent', subject: 'Ünïcode-ид', at: '2021-06-01 09:14:00' },
];

const IDS: Record<string, number> = { files: 1, groups: 2, folders: 3 };

/** Keto v0.6's SubjectFromString, as the Go code splits (the reference the engines are held to). */
function parse(subject: string): { id: string } | { ns: string; object: string; relation: string } | undefined {
  if (!subject.includes('#')) return { id: subject };
  const parts = subject.split('#');
  if (parts.length !== 2) return undefined;
  const nsObject = parts[0].split(':');
  if (nsObject.length !== 2) return undefined;
  return { ns: nsObject[0], object: nsObject[1], relation: parts[1] };
}

/** The shard_id the move derives for a row: from its namespace id, object, relation, subject, commit time (each length-prefixed). */
function shardId(dialect: string, r: Legacy): string {
  const text = [String(r.ns), r.object!, r.relation, r.subject!, r.at].map((p) => `${[...p].length}:${p}`).join('');
  if (dialect === 'sqlite') return derivedUuid(text);
  const h = createHash('md5').update(text, 'utf8').digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The v0.7 rows the good tuples become, as text, ordered. */
function expected(dialect: string): string[][] {
  return ROWS.filter((r) => !r.broken)
    .map((r) => {
      const s = parse(r.subject!)!;
      const set = 'ns' in s ? [String(IDS[s.ns]), s.object, s.relation] : [null, null, null];
      return [shardId(dialect, r), NETWORK, String(r.ns), r.object, r.relation, 'id' in s ? s.id : null, ...set, r.at] as string[];
    })
    .sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
}

describe('the reference parse agrees with the reasons given', () => {
  it('every row the test calls good parses; every broken one fails, is unknown or does not fit', () => {
    for (const r of ROWS) {
      const s = parse(r.subject!);
      const fits = s !== undefined && ('id' in s ? [...s.id].length <= 64 : IDS[s.ns] !== undefined && [...s.object].length <= 64 && [...s.relation].length <= 64);
      expect([r.subject, fits]).toEqual([r.subject, !r.broken]);
    }
  });
});

const q = (dialect: string, s: string | null) => (s === null ? 'NULL' : `'${s.replace(/'/g, "''")}'`);
const table = (ns: number) => `keto_${String(ns).padStart(10, '0')}_relation_tuples`;

async function at06(s: Scratch, dialect: string): Promise<void> {
  await s.execScript(script('0', '0.6', dialect).sql);
  await s.execStatements(ROWS.map((r) => `INSERT INTO ${table(r.ns)} (shard_id, object, relation, subject, commit_time) VALUES ('default', ${q(dialect, r.object)}, ${q(dialect, r.relation)}, ${q(dialect, r.subject)}, '${r.at}')`));
}

const asText = (dialect: string, col: string) => (dialect === 'postgres' ? `CAST(${col} AS text)` : dialect === 'mysql' ? `CAST(${col} AS CHAR)` : col);

async function moved(s: Scratch, dialect: string): Promise<string[][]> {
  const cols = ['shard_id', 'nid', 'namespace_id', 'object', 'relation', 'subject_id', 'subject_set_namespace_id', 'subject_set_object', 'subject_set_relation', 'commit_time'];
  const rows = await s.query<Record<string, unknown>>(`SELECT ${cols.map((c) => `${asText(dialect, c)} AS ${c}`).join(', ')} FROM keto_relation_tuples`);
  return rows.map((r) => cols.map((c) => (r[c] === null ? null : String(r[c]))) as string[]).sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
}

function engineSuite(dialect: 'postgres' | 'mysql' | 'sqlite', e: EngineTarget): void {
  let s: Scratch;
  beforeAll(async () => {
    s = await openScratch(dialect, { url: e.url });
    await at06(s, dialect);
  });
  afterAll(() => s?.close());

  it('before the move, the report lists the rows it will leave out, with the reason', async () => {
    const report = reportSql(script('0.6', '0.7', dialect), 'keto 0.6 → 0.7');
    const rows = await s.query<{ source_table: string; subject: string; reason: string }>(report.split('\n').filter((l) => !l.startsWith('--')).join('\n'));
    const want = ROWS.filter((r) => r.broken).map((r) => [table(r.ns), r.subject, r.broken]);
    expect(rows.map((r) => [r.source_table, r.subject, r.reason]).sort()).toEqual(want.sort());
  });

  it('a namespace of the database missing from the map: stopped before any change (its tuples would stay behind), naming the table', async () => {
    const before = await s.catalog();
    // Which table: PostgreSQL's error says it; MySQL and SQLite print it on the line before the stop (their stop's
    // message is a literal), which the engines here add to the error as "printed before:", as a client shows it (MySQL:
    // the mariadb client itself).
    const sql = script('0.6', '0.7', dialect, 'files:1,groups:2').sql;
    const message = "plan stopped: a table keto_<id>_relation_tuples exists for an id not in --param namespaces: give every namespace of Keto's configuration, or its tuples stay behind (tables named keto_*_relation_tuples: keto_0000000003_relation_tuples)";
    if (dialect === 'mysql') {
      const failed = await s.execWithClient(sql).then(() => undefined, (e: Error & { stdout?: string }) => e);
      expect(failed?.message).toMatch(/plan stopped: a table keto_<id>_relation_tuples exists for an id/);
      expect(failed?.stdout).toContain(message);
    } else await expect(s.execScript(sql)).rejects.toThrow(message);
    expect(await s.catalog()).toEqual(before);
  });

  it('a namespace of the map missing from the database: the version check stops before any change, naming its table', async () => {
    const before = await s.catalog();
    await expect(s.execScript(script('0.6', '0.7', dialect, `${NAMESPACES},extra:4`).sql)).rejects.toThrow(/this database is not at keto 0\.6[^]*keto_0000000004_relation_tuples|plan stopped: table keto_0000000004_relation_tuples/);
    expect(await s.catalog()).toEqual(before);
  });

  it('up: every good tuple once, with its namespace ids and parsed subject; nothing else', async () => {
    await s.execScript(script('0.6', '0.7', dialect).sql);
    expect(await moved(s, dialect)).toEqual(expected(dialect));
    // The legacy tables keep every row (the broken ones to be seen to), and the report still lists the same rows.
    const [{ n }] = await s.query<{ n: unknown }>(`SELECT (SELECT COUNT(*) FROM ${table(1)}) + (SELECT COUNT(*) FROM ${table(2)}) + (SELECT COUNT(*) FROM ${table(3)}) AS n`);
    expect(Number(n)).toBe(ROWS.length);
    const [{ v }] = await s.query<{ v: unknown }>(`SELECT COUNT(*) AS v FROM schema_migration`);
    expect(Number(v)).toBe(dialect === 'mysql' ? 6 : 8);
  });

  it('up again executes nothing', async () => {
    const before = await s.writeEvidence();
    await s.execScript(script('0.6', '0.7', dialect).sql).catch((err: Error) => {
      // SQLite's whole-file transaction stops at its first check when the database is at the target already.
      if (!(dialect === 'sqlite' && /already applied/.test(err.message))) throw err;
    });
    expect(describeWrites(before, await s.writeEvidence())).toEqual([]);
    expect(await moved(s, dialect)).toEqual(expected(dialect));
  });

  it('a tuple Keto v0.7 wrote after the move stops the rollback before any change (it would go with the table); without it, the rollback restores 0.6', async () => {
    const id = '11111111-2222-4333-8444-555555555555';
    await s.execStatements([`INSERT INTO keto_relation_tuples (shard_id, nid, namespace_id, object, relation, subject_id, commit_time) VALUES ('${id}', '${NETWORK}', 1, 'new.pdf', 'view', 'eve', '2021-07-01 00:00:00')`]);
    const before = await s.catalog();
    await expect(s.execScript(script('0.7', '0.6', dialect).sql)).rejects.toThrow(/plan stopped: keto_relation_tuples holds rows that none of the/);
    // The stop names the tuple (PostgreSQL in its error; SQLite on the line printed before it; MySQL on the row the client prints).
    const named = `(the first of them by (shard_id, nid): ('${id}', '${NETWORK}'))`;
    if (dialect === 'mysql') expect(await s.execWithClient(script('0.7', '0.6', dialect).sql).then(() => '', (e: Error & { stdout?: string }) => e.stdout ?? '')).toContain(named);
    else await expect(s.execScript(script('0.7', '0.6', dialect).sql)).rejects.toThrow(named);
    expect(await s.catalog()).toEqual(before);
    await s.execStatements([`DELETE FROM keto_relation_tuples WHERE shard_id = '${id}'`]);
    await s.execScript(script('0.7', '0.6', dialect).sql);
    expect(await s.query(`SELECT 1 FROM schema_migration WHERE version = '20210623162417000000'`)).toEqual([]);
    const [{ n }] = await s.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${table(2)}`);
    expect(Number(n)).toBe(ROWS.filter((r) => r.ns === 2).length);
    await s.execScript(script('0.6', '0.7', dialect).sql);
    expect(await moved(s, dialect)).toEqual(expected(dialect));
  });

  for (const [from, to] of [['0.6', '0.7'], ['0.7', '0.6'], ['0.7', '0.7-cleanup']] as const) {
    it(`plan verify ${from} → ${to}`, async () => {
      const r = await verify({ product: 'keto', from, to, dialect, url: e.url, params: [`namespaces=${NAMESPACES}`] });
      expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    }, 300_000);
  }
}

for (const dialect of ['postgres', 'mysql', 'sqlite'] as const) await describeEngines(dialect, (e) => engineSuite(dialect, e));
