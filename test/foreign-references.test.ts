// Issue #10 ("Real SuperTokens databases"): an application table with a foreign key onto a SuperTokens key that
// 5.0 → 6.0 replaces (emailpassword_users' primary key gains app_id). Without the check PostgreSQL stops ("other
// objects depend on it") and MariaDB stops half-way (ERROR 1025, errno 150). The script now stops right after its
// version check, before any change, names the foreign key and prints the commands to drop and re-create it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile/compile.js';
import { describeWrites, openScratch, type Scratch } from '../src/engines/index.js';
import { describeEngines } from './helpers/servers.js';

const ST = { product: 'supertokens' };
const up = (dialect: string) => compile({ ...ST, dialect, from: '5.0', to: '6.0' });

// The application's table, as a DBA writes it (InnoDB ignores an inline REFERENCES: MySQL needs the table-level form).
const APP_TABLE: Record<string, string> = {
  postgres: 'CREATE TABLE app_profiles (user_id CHAR(36) REFERENCES emailpassword_users(user_id))',
  mysql: 'CREATE TABLE app_profiles (user_id CHAR(36), FOREIGN KEY (user_id) REFERENCES emailpassword_users(user_id)) ENGINE=InnoDB',
};
const FK_NAME: Record<string, string> = { postgres: 'app_profiles_user_id_fkey', mysql: 'app_profiles_ibfk_1' };

describe('the check is compiled only where a key goes', () => {
  it('5.0 → 6.0 has it right after the version check, and the header says what it does', () => {
    for (const dialect of ['postgres', 'mysql']) {
      const r = up(dialect);
      expect(r.manual[0]).toMatchObject({ plan: '5.0 → 6.0' });
      expect(r.manual[0].text).toMatch(/foreign keys of tables outside supertokens onto the keys it drops or replaces/);
      expect(r.sql).toMatch(/MANUAL STEPS \(\d+\), not done by this script:\n--   1\. \[5\.0 → 6\.0\] Only if this script stops at its check for foreign keys of tables outside supertokens onto the keys? it drops or replaces \(it looks before any change\): drop the foreign keys it names/);
      const check = r.statements.findIndex((s) => /foreign keys of tables outside supertokens reference keys/.test(s));
      const version = r.statements.findIndex((s) => /this database is not at supertokens 5\.0/.test(s));
      expect(version).toBeGreaterThanOrEqual(0);
      expect(check).toBeGreaterThan(version);
      // Nothing between the version check and this one changes anything (what the catalog checks between them quote,
      // such as an index's 'CREATE INDEX …' definition, is a literal, not a statement).
      const outsideLiterals = (s: string) => s.replace(/'(?:[^']|'')*'/g, "''");
      expect(r.statements.slice(version + 1, check).filter((s) => /ALTER|CREATE|INSERT|DROP/.test(outsideLiterals(s)))).toEqual([]);
    }
  });
  it('a fresh install and 4.6 → 5.0 (which drops or replaces no key) have none', () => {
    for (const dialect of ['postgres', 'mysql']) {
      for (const [from, to] of [['0', '6.0'], ['4.6', '5.0']]) {
        const r = compile({ ...ST, dialect, from, to });
        expect(r.sql).not.toMatch(/foreign keys of tables outside/);
      }
    }
  });
  it('a rollback that replaces keys has it too', () => {
    expect(compile({ ...ST, dialect: 'postgres', from: '6.0', to: '5.0' }).sql).toMatch(/foreign keys of tables outside supertokens reference keys that supertokens 6\.0 → 5\.0 drops or replaces/);
  });
});

await describeEngines('postgres', suite);
await describeEngines('mysql', suite);

function suite(e: { title: string; dialect: 'postgres' | 'mysql'; url?: string }): void {
  describe(`${e.title}: 5.0 → 6.0 with app_profiles referencing emailpassword_users(user_id)`, () => {
    let s: Scratch;
    const script = up(e.dialect);
    let message = '';
    beforeAll(async () => {
      s = await openScratch(e.dialect, { url: e.url });
      await s.execScript(compile({ ...ST, dialect: e.dialect, from: '0', to: '5.0' }).sql);
      await s.execStatements([
        APP_TABLE[e.dialect],
        "INSERT INTO all_auth_recipe_users (user_id, recipe_id, time_joined) VALUES ('u1', 'emailpassword', 1)",
        "INSERT INTO emailpassword_users (user_id, email, password_hash, time_joined) VALUES ('u1', 'a@example.com', 'h', 1)",
        "INSERT INTO app_profiles (user_id) VALUES ('u1')",
      ]);
    }, 120_000);
    afterAll(async () => {
      await s?.close();
    });

    it('stops before any change, naming app_profiles and its constraint', async () => {
      const catalog = await s.catalog();
      const rows = await s.allRows();
      const evidence = await s.writeEvidence();
      const err = await s.execScript(script.sql).then(() => undefined, (x: Error) => x);
      expect(err).toBeInstanceOf(Error);
      if (e.dialect === 'postgres') {
        message = err!.message;
      } else {
        // The error is cut at 64 characters; the full message is the row the client prints (and @plan_refs).
        expect(err!.message).toMatch(/plan stopped: foreign keys of other tables; see the row above/);
        message = String((await s.query<{ m: string }>('SELECT @plan_refs AS m'))[0].m);
      }
      expect(message).toMatch(/foreign keys of tables outside supertokens reference keys that supertokens 5\.0 → 6\.0 drops or replaces/);
      expect(message).toContain('app_profiles');
      expect(message).toContain(FK_NAME[e.dialect]);
      expect(message).toMatch(/Nothing was changed/);
      expect(message).toMatch(/emailpassword_users has primary key \(app_id, user_id\)/);
      expect(await s.catalog()).toEqual(catalog);
      expect(await s.allRows()).toEqual(rows);
      expect(describeWrites(evidence, await s.writeEvidence())).toEqual([]);
    }, 60_000);

    it('runs once the printed drop command has run; the printed re-create command then fails (the key has app_id first), its adaptation works', async () => {
      const drop = /ALTER TABLE \S+ DROP (CONSTRAINT|FOREIGN KEY) \S+;/.exec(message)?.[0];
      const create = /ALTER TABLE \S+ ADD CONSTRAINT .*?;/.exec(message)?.[0];
      expect(drop).toBeDefined();
      expect(create).toMatch(/FOREIGN KEY \(`?user_id`?\) REFERENCES `?emailpassword_users`? ?\(`?user_id`?\)/);
      await s.execStatements([drop!]);
      await s.execScript(script.sql);
      // As it was: PostgreSQL needs a unique key on exactly (user_id), InnoDB an index that starts with it; 6.0 has neither.
      await expect(s.execStatements([create!])).rejects.toThrow(e.dialect === 'postgres' ? /no unique constraint matching given keys/ : /errno: 150|Foreign key constraint is incorrectly formed|Failed to add the foreign key/);
      // What the note says: the referencing table takes the key's columns.
      const col = e.dialect === 'postgres' ? 'app_id' : '`app_id`';
      await s.execStatements([
        `ALTER TABLE app_profiles ADD COLUMN ${col} VARCHAR(64) NOT NULL DEFAULT 'public'`,
        create!.replace(/FOREIGN KEY \(([^)]*)\) REFERENCES (\S+) ?\(([^)]*)\)/, `FOREIGN KEY (${col}, $1) REFERENCES $2 (${col}, $3)`),
      ]);
      expect(await s.rows('app_profiles')).toEqual([{ app_id: 'public', user_id: 'u1' }]);
    }, 60_000);

    it('a re-run of the finished script, with the foreign key back onto the new key, executes nothing', async () => {
      const evidence = await s.writeEvidence();
      const catalog = await s.catalog();
      await s.execScript(script.sql);
      expect(await s.catalog()).toEqual(catalog);
      expect(describeWrites(evidence, await s.writeEvidence())).toEqual([]);
    }, 60_000);
  });
}
