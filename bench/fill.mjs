// A realistic SuperTokens 5.0 population, set-based, for `npm run bench:apply`.
// One list of INSERT … SELECT statements, spelled per dialect: PostgreSQL reads numbers from generate_series,
// MySQL/MariaDB from a helper table bench_seq (1..n, built by a digits-table cross join, dropped afterwards).
// The same user ids (md5 of "u<i>" shaped as a UUID) on both engines, so the data is the same.
//
// Users 1..M are spread over the recipes by i % 10: 0-4 emailpassword, 5-7 thirdparty, 8-9 passwordless;
// each is also in all_auth_recipe_users with the same user_id, recipe_id and time_joined.

/** @typedef {'postgres' | 'mysql'} Dialect */

const SPELL = {
  postgres: {
    cat: (...p) => `(${p.join(' || ')})`,
    /** a UUID-shaped CHAR(36) from md5(prefix || e) */
    uuid: (prefix, e = 'i') => `(md5('${prefix}' || (${e}))::uuid)::text`,
    md5: (prefix, e = 'i') => `md5('${prefix}' || (${e}))`,
    big: (e) => `(${e})::bigint`,
    lpad: (e, n) => `lpad((${e})::text, ${n}, '0')`,
    bool: (b) => (b ? 'true' : 'false'),
    from: (n, cond) => `FROM generate_series(1, ${n}) AS s(i)${cond ? ` WHERE ${cond}` : ''}`,
  },
  mysql: {
    cat: (...p) => `CONCAT(${p.join(', ')})`,
    uuid: (prefix, e = 'i') => `INSERT(INSERT(INSERT(INSERT(MD5(CONCAT('${prefix}', ${e})), 9, 0, '-'), 14, 0, '-'), 19, 0, '-'), 24, 0, '-')`,
    md5: (prefix, e = 'i') => `MD5(CONCAT('${prefix}', ${e}))`,
    big: (e) => `(${e})`,
    lpad: (e, n) => `LPAD(${e}, ${n}, '0')`,
    bool: (b) => (b ? 'TRUE' : 'FALSE'),
    from: (n, cond) => `FROM bench_seq s WHERE s.i <= ${n}${cond ? ` AND ${cond}` : ''}`,
  },
};

/** Sessions per run: BENCH_SESSIONS, else one per five users (200,000 for the default 1,000,000). */
export function sessionsFor(users) {
  return Math.max(1, Math.round(users / 5));
}

/**
 * The fill statements, parents before children, each with the table it fills.
 * @param {Dialect} dialect
 * @param {number} users
 * @returns {{ table: string, sql: string }[]}
 */
export function fillStatements(dialect, users, sessions = sessionsFor(users)) {
  const d = SPELL[dialect];
  const M = users;
  const uid = (e = 'i') => d.uuid('u', e);
  const joined = `${d.big('i')} * 1000 + 1600000000000`;
  const email = (domain) => d.cat(`'user'`, 'i', `'@${domain}'`);
  const hash60 = (p) => `SUBSTR(${d.cat(`'$2a$11$'`, d.md5(p), d.md5(`${p}x`))}, 1, 60)`;
  const hash44 = (p) => `SUBSTR(${d.cat(d.md5(p), d.md5(`${p}x`))}, 1, 44)`;
  const ins = (table, columns, select) => ({ table, sql: `INSERT INTO ${table} (${columns.join(', ')})\nSELECT ${select.join(', ')}\n` });
  const values = (table, columns, rows) => ({ table, sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${rows.map((r) => `(${r.join(', ')})`).join(',\n')}\n` });

  return [
    // --- users
    ins('all_auth_recipe_users', ['user_id', 'recipe_id', 'time_joined'], [
      uid(), `CASE WHEN i % 10 < 5 THEN 'emailpassword' WHEN i % 10 < 8 THEN 'thirdparty' ELSE 'passwordless' END`, `${joined} ${d.from(M)}`]),
    ins('emailpassword_users', ['user_id', 'email', 'password_hash', 'time_joined'], [
      uid(), email('example.com'), hash60('pw'), `${joined} ${d.from(M, 'i % 10 < 5')}`]),
    ins('thirdparty_users', ['third_party_id', 'third_party_user_id', 'user_id', 'email', 'time_joined'], [
      `CASE i % 3 WHEN 0 THEN 'google' WHEN 1 THEN 'github' ELSE 'apple' END`, d.md5('tp'), uid(), email('gmail.example'), `${joined} ${d.from(M, 'i % 10 BETWEEN 5 AND 7')}`]),
    ins('passwordless_users', ['user_id', 'email', 'phone_number', 'time_joined'], [
      uid(), `CASE WHEN i % 10 = 8 THEN ${email('mail.example')} END`, `CASE WHEN i % 10 = 9 THEN ${d.cat(`'+1555'`, d.lpad('i', 9))} END`, `${joined} ${d.from(M, 'i % 10 >= 8')}`]),
    ins('userid_mapping', ['supertokens_user_id', 'external_user_id', 'external_user_id_info'], [
      uid(), d.cat(`'ext-'`, 'i'), `CASE WHEN i % 40 = 3 THEN '{"source":"legacy"}' END ${d.from(M, 'i % 20 = 3')}`]),
    // --- email verification, password reset
    ins('emailverification_verified_emails', ['user_id', 'email'], [uid(), `${email('example.com')} ${d.from(M, 'i % 10 < 6')}`]),
    ins('emailverification_tokens', ['user_id', 'email', 'token', 'token_expiry'], [
      uid(), email('example.com'), d.md5('evt'), `${joined} + 86400000 ${d.from(M, 'i % 100 = 1')}`]),
    ins('emailpassword_pswd_reset_tokens', ['user_id', 'token', 'token_expiry'], [
      uid(), d.md5('prt'), `${joined} + 3600000 ${d.from(M, 'i % 200 = 2')}`]),
    // --- passwordless login attempts: one device and one code for one passwordless user in a hundred
    ins('passwordless_devices', ['device_id_hash', 'email', 'phone_number', 'link_code_salt', 'failed_attempts'], [
      hash44('dev'), email('mail.example'), 'NULL', hash44('salt'), `i % 3 ${d.from(M, 'i % 100 = 8')}`]),
    ins('passwordless_codes', ['code_id', 'device_id_hash', 'link_code_hash', 'created_at'], [
      d.uuid('code'), hash44('dev'), hash44('link'), `${joined} ${d.from(M, 'i % 100 = 8')}`]),
    // --- sessions and signing keys
    ins('session_info', ['session_handle', 'user_id', 'refresh_token_hash_2', 'session_data', 'expires_at', 'created_at_time', 'jwt_user_payload', 'use_static_key'], [
      d.uuid('s'), uid(`${d.big('i')} * 7919 % ${M} + 1`), d.cat(d.md5('rt'), d.md5('rt2')), `'{}'`, `${joined} + 8640000000`, joined, `'{"role":"user"}'`, `${d.bool(false)} ${d.from(sessions)}`]),
    ins('session_access_token_signing_keys', ['created_at_time', 'value'], [joined, `${d.cat(`'pub|'`, d.md5('k'), `'|priv|'`, d.md5('kp'))} ${d.from(10)}`]),
    ins('jwt_signing_keys', ['key_id', 'key_string', 'algorithm', 'created_at'], [d.cat(`'d-'`, d.md5('jwt')), d.cat(`'pub|'`, d.md5('jk'), `'|priv|'`, d.md5('jkp')), `'RS256'`, `${joined} ${d.from(10)}`]),
    values('key_value', ['name', 'value', 'created_at_time'], [
      [`'access_token_signing_key'`, `'k1'`, '1600000000000'], [`'refresh_token_key'`, `'k2'`, '1600000000000'], [`'telemetry_id'`, `'t1'`, '1600000000000']]),
    // --- roles
    values('roles', ['role'], [[`'admin'`], [`'user'`], [`'editor'`], [`'viewer'`], [`'support'`]]),
    values('role_permissions', ['role', 'permission'], [
      [`'admin'`, `'read'`], [`'admin'`, `'write'`], [`'admin'`, `'delete'`], [`'user'`, `'read'`], [`'editor'`, `'read'`], [`'editor'`, `'write'`], [`'viewer'`, `'read'`], [`'support'`, `'read'`]]),
    ins('user_roles', ['user_id', 'role'], [uid(), `'user' ${d.from(M, 'i % 4 = 0')}`]),
    ins('user_roles', ['user_id', 'role'], [uid(), `'admin' ${d.from(M, 'i % 50 = 1')}`]),
    // --- metadata, activity
    ins('user_metadata', ['user_id', 'user_metadata'], [uid(), `${d.cat(`'{"first_name":"User '`, 'i', `'","plan":"free"}'`)} ${d.from(M, 'i % 5 = 0')}`]),
    ins('user_last_active', ['user_id', 'last_active_time'], [uid(), `${joined} + 86400000 ${d.from(M, 'i % 2 = 0')}`]),
    // --- TOTP: one user in fifty, one device, two used codes
    ins('totp_users', ['user_id'], [`${uid()} ${d.from(M, 'i % 50 = 7')}`]),
    ins('totp_user_devices', ['user_id', 'device_name', 'secret_key', 'period', 'skew', 'verified'], [
      uid(), `'phone'`, d.md5('totp'), '30', '1', `${d.bool(true)} ${d.from(M, 'i % 50 = 7')}`]),
    ins('totp_used_codes', ['user_id', 'code', 'is_valid', 'expiry_time_ms', 'created_time_ms'], [
      uid(), d.lpad('i % 1000000', 6), d.bool(true), `${joined} + 30000`, `${joined} ${d.from(M, 'i % 50 = 7')}`]),
    ins('totp_used_codes', ['user_id', 'code', 'is_valid', 'expiry_time_ms', 'created_time_ms'], [
      uid(), d.lpad('(i + 7) % 1000000', 6), d.bool(false), `${joined} + 60000`, `${joined} + 30000 ${d.from(M, 'i % 50 = 7')}`]),
    // --- dashboard
    ins('dashboard_users', ['user_id', 'email', 'password_hash', 'time_joined'], [d.uuid('dash'), email('admin.example'), hash60('dpw'), `${joined} ${d.from(10)}`]),
    ins('dashboard_user_sessions', ['session_id', 'user_id', 'time_created', 'expiry'], [
      d.uuid('dsess'), d.uuid('dash', `(i - 1) % 10 + 1`), joined, `${joined} + 86400000 ${d.from(20)}`]),
  ];
}

/** MySQL/MariaDB: bench_seq(i) = 1..n from a digits table; drop with SEQ_DROP after the fill. */
export function mysqlSeqStatements(n) {
  const digits = Math.max(1, Math.ceil(Math.log10(n + 1)));
  const tables = Array.from({ length: digits }, (_, k) => `bench_digits d${k}`);
  const sum = Array.from({ length: digits }, (_, k) => (k === 0 ? 'd0.d' : `${10 ** k} * d${k}.d`)).join(' + ');
  return [
    'DROP TABLE IF EXISTS bench_seq, bench_digits',
    'CREATE TABLE bench_digits (d INT NOT NULL PRIMARY KEY)',
    'INSERT INTO bench_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)',
    'CREATE TABLE bench_seq (i INT NOT NULL PRIMARY KEY)',
    `INSERT INTO bench_seq (i) SELECT 1 + ${sum} FROM ${tables.join(' CROSS JOIN ')} WHERE ${sum} < ${n}`,
  ];
}
export const SEQ_DROP = 'DROP TABLE IF EXISTS bench_seq, bench_digits';
