-- plan report: logto 1.41 → 1.41-imported (postgres): the source rows the script leaves out, and why
-- parameters: columns=id:id,username:login,primary_email:email,primary_phone:phone,name:full_name,password_encrypted:password_hash,password_encryption_method:hash_method,custom_data:extra,identity_target:social_provider,identity_user_id:social_id id_strategy=keep password_method=Bcrypt source_table=legacy_users tenant=default
-- read-only: run it before the script (the rows it will leave out) or after it (the rows it left out); no row means none
-- each row: the table it is in, its key, the reason; see to each (recreate it through the product) once the upgrade is done

WITH plan_values AS (
    SELECT CAST(src.id AS text) AS plan_order,
           jsonb_build_object('id', src.id, 'login', src.login, 'email', src.email, 'phone', src.phone, 'full_name', src.full_name, 'password_hash', src.password_hash, 'hash_method', src.hash_method, 'extra', src.extra, 'social_provider', src.social_provider, 'social_id', src.social_id) AS plan_source,
           COALESCE((src.id IS NULL OR (CAST(src.id AS text) ~ E'^[ \\t\\r\\n]*$')), FALSE) AS plan_skip_1,
           COALESCE(('keep' = 'keep' AND NOT (CAST(src.id AS text) ~ '^[0-9a-z]{1,12}$')), FALSE) AS plan_skip_2,
           COALESCE((src.password_hash IS NOT NULL AND NOT COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('Argon2i', 'Argon2id', 'Argon2d', 'SHA1', 'SHA256', 'MD5', 'Bcrypt', 'Legacy')), FALSE) AS plan_skip_3,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2i' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2i\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_4,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2id' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2id\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_5,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Argon2d' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$argon2d\\$v=[0-9]+\\$m=[0-9]+,t=[0-9]+,p=[0-9]+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+$')), FALSE) AS plan_skip_6,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Bcrypt' AND NOT (CAST(src.password_hash AS text) ~ E'^\\$2[aby]\\$[0-9]{2}\\$[./A-Za-z0-9]{53}$')), FALSE) AS plan_skip_7,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'MD5' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{32}$')), FALSE) AS plan_skip_8,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA1' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{40}$')), FALSE) AS plan_skip_9,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'SHA256' AND NOT (CAST(src.password_hash AS text) ~ '^[0-9A-Fa-f]{64}$')), FALSE) AS plan_skip_10,
           COALESCE((COALESCE(CAST(src.hash_method AS text), 'Bcrypt') = 'Legacy' AND NOT (CAST(src.password_hash AS text) ~ E'^\\[".*"\\]$')), FALSE) AS plan_skip_11,
           COALESCE((src.extra IS NOT NULL AND NOT (jsonb_typeof(CAST(src.extra AS jsonb)) = 'object')), FALSE) AS plan_skip_12,
           COALESCE(((NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) OR (NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$')) AND (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')))), FALSE) AS plan_skip_13,
           'default' AS tenant_id,
           CASE WHEN 'keep' = 'keep' THEN CAST(src.id AS text) ELSE (SELECT ('' || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(16807 AS bigint) + CAST(48271 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(7920 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(16807 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(282475249 AS bigint) + CAST(182605794 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(15839 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(474403 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1622650073 AS bigint) + CAST(1291394886 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(23758 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(645207 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(984943658 AS bigint) + CAST(1914720637 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(31677 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(940706 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1144108930 AS bigint) + CAST(2078669041 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(39596 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(105498 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(470211272 AS bigint) + CAST(407355683 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(47515 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(209862 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(101027544 AS bigint) + CAST(1105902161 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(55434 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(27241 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1457850878 AS bigint) + CAST(854716505 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(63353 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(846507 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1458777923 AS bigint) + CAST(564586691 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(71272 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(773549 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(2007237709 AS bigint) + CAST(1596680831 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(79191 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(231688 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(823564440 AS bigint) + CAST(192302371 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(87110 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(561971 AS bigint)) % 36 AS integer), 1) || substr('0123456789abcdefghijklmnopqrstuvwxyz', CAST(1 + (COALESCE(SUM((strpos('0123456789ABCDEF', substr(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')), CAST(n.i AS integer), 1)) - 1) * (((n.i * CAST(1115438165 AS bigint) + CAST(1203428207 AS bigint)) % CAST(2147483647 AS bigint)) * (n.i + CAST(95029 AS bigint)) % CAST(2147483647 AS bigint))), 0) + length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex'))) * CAST(434820 AS bigint)) % 36 AS integer), 1)) FROM (SELECT a.x + 16 * b.x + 256 * c.x + 1 AS i FROM (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) a CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) b CROSS JOIN (SELECT 0 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10 UNION ALL SELECT 11 UNION ALL SELECT 12 UNION ALL SELECT 13 UNION ALL SELECT 14 UNION ALL SELECT 15) c) n WHERE n.i <= length(upper(encode(convert_to(CAST(src.id AS text), 'UTF8'), 'hex')))) END AS id,
           src.login AS username,
           src.email AS primary_email,
           src.phone AS primary_phone,
           src.full_name AS name,
           NULL AS avatar,
           CASE WHEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') IN ('MD5', 'SHA1', 'SHA256') THEN lower(src.password_hash) ELSE src.password_hash END AS password_encrypted,
           CASE WHEN src.password_hash IS NOT NULL THEN COALESCE(CAST(src.hash_method AS text), 'Bcrypt') END AS password_encryption_method,
           COALESCE(CAST(src.extra AS jsonb), '{}') AS custom_data,
           CASE WHEN (NOT (src.social_provider IS NULL OR (CAST(src.social_provider AS text) ~ E'^[ \\t\\r\\n]*$')) AND NOT (src.social_id IS NULL OR (CAST(src.social_id AS text) ~ E'^[ \\t\\r\\n]*$'))) THEN jsonb_build_object(CAST(src.social_provider AS text), jsonb_build_object('userId', CAST(src.social_id AS text))) ELSE '{}' END AS identities
    FROM legacy_users AS src
  ), plan_kept AS (
    SELECT v.*, NOT (v.plan_skip_1 OR v.plan_skip_2 OR v.plan_skip_3 OR v.plan_skip_4 OR v.plan_skip_5 OR v.plan_skip_6 OR v.plan_skip_7 OR v.plan_skip_8 OR v.plan_skip_9 OR v.plan_skip_10 OR v.plan_skip_11 OR v.plan_skip_12 OR v.plan_skip_13 OR COALESCE(length(CAST(v.tenant_id AS text)) > 21, FALSE) OR COALESCE(length(CAST(v.id AS text)) > 12, FALSE) OR COALESCE(length(CAST(v.username AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_email AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.primary_phone AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.password_encrypted AS text)) > 256, FALSE) OR COALESCE(length(CAST(v.name AS text)) > 128, FALSE) OR COALESCE(length(CAST(v.avatar AS text)) > 2048, FALSE)) AS plan_kept, row_number() OVER () AS plan_row FROM plan_values AS v
  ), plan_entries_1 AS (
    SELECT k.plan_row, k.id, k.tenant_id, e.plan_key, e.plan_field,
           row_number() OVER (PARTITION BY k.tenant_id, e.plan_key, e.plan_field ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) AS plan_n
    FROM plan_kept AS k CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(k.identities AS jsonb)) = 'object' THEN CAST(k.identities AS jsonb) END) AS plan_e) AS e
    WHERE k.plan_kept AND e.plan_field IS NOT NULL AND k.tenant_id IS NOT NULL
  ), plan_taken_1 AS (
    SELECT x.plan_row, (CAST(jsonb_build_object(x.plan_key, jsonb_build_object('userId', x.plan_field)) AS text) || ', held by the users row with ' || 'id ' || COALESCE(CAST(y.id AS text), 'NULL')) AS plan_what FROM plan_entries_1 AS x
    JOIN (SELECT dst.id, dst.tenant_id, t.plan_key, t.plan_field FROM users AS dst CROSS JOIN LATERAL (SELECT plan_e.key AS plan_key, plan_e.value ->> 'userId' AS plan_field FROM jsonb_each(CASE WHEN jsonb_typeof(CAST(dst.identities AS jsonb)) = 'object' THEN CAST(dst.identities AS jsonb) END) AS plan_e) AS t) AS y
      ON y.tenant_id = x.tenant_id AND y.plan_key = x.plan_key AND y.plan_field = x.plan_field AND (y.id <> x.id)
  ), plan_rows AS (
    SELECT k.*,
           CASE WHEN k.plan_kept AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.id IS NOT NULL, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_1,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.username IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.username IS NOT NULL, k.tenant_id, lower(k.username) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_2,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_email IS NOT NULL, k.tenant_id, lower(k.primary_email) ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_3,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.primary_phone IS NOT NULL, k.tenant_id, k.primary_phone ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_4,
           CASE WHEN k.plan_kept AND k.tenant_id IS NOT NULL AND k.id IS NOT NULL THEN row_number() OVER (PARTITION BY k.plan_kept, k.tenant_id IS NOT NULL AND k.id IS NOT NULL, k.tenant_id, k.id ORDER BY (k.plan_order COLLATE "C"), (CAST(k.tenant_id AS text) COLLATE "C"), (CAST(k.id AS text) COLLATE "C"), (CAST(k.username AS text) COLLATE "C"), (CAST(k.primary_email AS text) COLLATE "C"), (CAST(k.primary_phone AS text) COLLATE "C"), (CAST(k.name AS text) COLLATE "C"), (CAST(k.avatar AS text) COLLATE "C"), (CAST(k.password_encrypted AS text) COLLATE "C"), (CAST(k.password_encryption_method AS text) COLLATE "C"), (CAST(k.custom_data AS text) COLLATE "C"), (CAST(k.identities AS text) COLLATE "C")) END AS plan_rank_5,
           (plan_j0.plan_row IS NOT NULL) AS plan_there,
           (plan_j2.plan_row IS NOT NULL) AS plan_taken_2,
           (plan_j3.plan_row IS NOT NULL) AS plan_taken_3,
           (plan_j4.plan_row IS NOT NULL) AS plan_taken_4,
           (plan_j5.plan_row IS NOT NULL) AS plan_taken_5,
           (plan_je1.plan_row IS NOT NULL) AS plan_entry_taken_1,
           plan_je1.plan_what AS plan_entry_taken_1_what,
           (plan_jr1.plan_row IS NOT NULL) AS plan_entry_repeat_1,
           plan_jr1.plan_what AS plan_entry_repeat_1_what
    FROM plan_kept AS k
    LEFT JOIN (SELECT k0.plan_row FROM plan_kept AS k0 JOIN users AS dst ON dst.id = k0.id) AS plan_j0 ON plan_j0.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.username) = lower(k1.username) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j2 ON plan_j2.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND lower(dst.primary_email) = lower(k1.primary_email) AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j3 ON plan_j3.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.primary_phone = k1.primary_phone AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j4 ON plan_j4.plan_row = k.plan_row
    LEFT JOIN (SELECT DISTINCT k1.plan_row FROM plan_kept AS k1 JOIN users AS dst ON dst.tenant_id = k1.tenant_id AND dst.id = k1.id AND (dst.id <> k1.id) WHERE k1.plan_kept) AS plan_j5 ON plan_j5.plan_row = k.plan_row
    LEFT JOIN (SELECT w.plan_row, MIN(w.plan_what) AS plan_what FROM (SELECT plan_row, plan_what FROM plan_taken_1) AS w GROUP BY w.plan_row) AS plan_je1 ON plan_je1.plan_row = k.plan_row
    LEFT JOIN (SELECT w.plan_row, MIN(w.plan_what) AS plan_what FROM (SELECT x.plan_row, (CAST(jsonb_build_object(x.plan_key, jsonb_build_object('userId', x.plan_field)) AS text) || ', given by source row ' || COALESCE(CAST(f.plan_order AS text), 'NULL')) AS plan_what FROM plan_entries_1 AS x JOIN plan_entries_1 AS y ON y.tenant_id = x.tenant_id AND y.plan_key = x.plan_key AND y.plan_field = x.plan_field AND y.plan_n = 1 JOIN plan_kept AS f ON f.plan_row = y.plan_row WHERE x.plan_n > 1) AS w GROUP BY w.plan_row) AS plan_jr1 ON plan_jr1.plan_row = k.plan_row
  )
SELECT 'legacy_users' AS source_table, CAST(v.plan_order AS text) AS source_row, CAST(v.plan_source AS text) AS source_values,
  CASE
    WHEN v.plan_skip_1
      THEN 'no id (the mapped id column is NULL, empty, or only spaces, tabs and line breaks)'
    WHEN v.plan_skip_2
      THEN 'the id does not fit Logto''s (1 to 12 characters of 0-9 and a-z): import with --param id_strategy=derive'
    WHEN v.plan_skip_3
      THEN 'the password method is not one of Logto''s (Argon2i, Argon2id, Argon2d, SHA1, SHA256, MD5, Bcrypt, Legacy)'
    WHEN v.plan_skip_4
      THEN 'a password hash Logto cannot verify: not an Argon2i hash ($argon2i$v=…$m=…,t=…,p=…$salt$hash)'
    WHEN v.plan_skip_5
      THEN 'a password hash Logto cannot verify: not an Argon2id hash ($argon2id$v=…$m=…,t=…,p=…$salt$hash)'
    WHEN v.plan_skip_6
      THEN 'a password hash Logto cannot verify: not an Argon2d hash ($argon2d$v=…$m=…,t=…,p=…$salt$hash)'
    WHEN v.plan_skip_7
      THEN 'a password hash Logto cannot verify: not a bcrypt hash ($2a$, $2b$ or $2y$, cost, 53 characters)'
    WHEN v.plan_skip_8
      THEN 'a password hash Logto cannot verify: not an MD5 digest (32 hexadecimal digits, unsalted)'
    WHEN v.plan_skip_9
      THEN 'a password hash Logto cannot verify: not a SHA1 digest (40 hexadecimal digits, unsalted)'
    WHEN v.plan_skip_10
      THEN 'a password hash Logto cannot verify: not a SHA256 digest (64 hexadecimal digits, unsalted)'
    WHEN v.plan_skip_11
      THEN 'a password hash Logto cannot verify: not Logto''s Legacy form (a JSON array ["<hash>", [<arguments, @ for the password>], "<expected>"])'
    WHEN v.plan_skip_12
      THEN 'custom_data is not a JSON object (Logto''s custom_data is one)'
    WHEN v.plan_skip_13
      THEN 'half a social identity: only one of identity_target and identity_user_id is given (give both, or neither; NULL, or text of only spaces, tabs and line breaks, is not given)'
    WHEN COALESCE(length(CAST(v.tenant_id AS text)) > 21, FALSE)
      THEN 'tenant_id longer than 21 characters (users.tenant_id is varchar(21))'
    WHEN COALESCE(length(CAST(v.id AS text)) > 12, FALSE)
      THEN 'id longer than 12 characters (users.id is varchar(12))'
    WHEN COALESCE(length(CAST(v.username AS text)) > 128, FALSE)
      THEN 'username longer than 128 characters (users.username is varchar(128))'
    WHEN COALESCE(length(CAST(v.primary_email AS text)) > 128, FALSE)
      THEN 'primary_email longer than 128 characters (users.primary_email is varchar(128))'
    WHEN COALESCE(length(CAST(v.primary_phone AS text)) > 128, FALSE)
      THEN 'primary_phone longer than 128 characters (users.primary_phone is varchar(128))'
    WHEN COALESCE(length(CAST(v.password_encrypted AS text)) > 256, FALSE)
      THEN 'password_encrypted longer than 256 characters (users.password_encrypted is varchar(256))'
    WHEN COALESCE(length(CAST(v.name AS text)) > 128, FALSE)
      THEN 'name longer than 128 characters (users.name is varchar(128))'
    WHEN COALESCE(length(CAST(v.avatar AS text)) > 2048, FALSE)
      THEN 'avatar longer than 2048 characters (users.avatar is varchar(2048))'
    WHEN EXISTS (SELECT 1 FROM users AS dst WHERE dst.id = v.id AND NOT EXISTS (SELECT 1 FROM (SELECT replace(replace(replace(replace(replace(CAST((xpath('/row/id/text()', x))[1] AS text), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&apos;', ''''), '&amp;', '&') AS id FROM unnest(xpath('/table/row', query_to_xml('SELECT id FROM plan_imported_users', false, false, ''))) AS x WHERE to_regclass('plan_imported_users') IS NOT NULL) AS rec WHERE rec.id = CAST(dst.id AS text)))
      THEN 'id taken: a users row this import did not make has it (users_pkey)'
    WHEN COALESCE(v.plan_rank_1 > 1, FALSE)
      THEN 'duplicate id: an earlier source row has it too (users_pkey; source rows ordered by id, compared by bytes)'
    WHEN v.plan_taken_2
      THEN 'duplicate (tenant_id, username): another users row has it (users__username, username compared lower-case)'
    WHEN COALESCE(v.plan_rank_2 > 1, FALSE)
      THEN 'duplicate (tenant_id, username): an earlier source row has it too (users__username, username compared lower-case; source rows ordered by id, compared by bytes)'
    WHEN v.plan_taken_3
      THEN 'duplicate (tenant_id, primary_email): another users row has it (users__primary_email, primary_email compared lower-case)'
    WHEN COALESCE(v.plan_rank_3 > 1, FALSE)
      THEN 'duplicate (tenant_id, primary_email): an earlier source row has it too (users__primary_email, primary_email compared lower-case; source rows ordered by id, compared by bytes)'
    WHEN v.plan_taken_4
      THEN 'duplicate (tenant_id, primary_phone): another users row has it (users__primary_phone)'
    WHEN COALESCE(v.plan_rank_4 > 1, FALSE)
      THEN 'duplicate (tenant_id, primary_phone): an earlier source row has it too (users__primary_phone; source rows ordered by id, compared by bytes)'
    WHEN v.plan_taken_5
      THEN 'duplicate (tenant_id, id): another users row has it (users__id)'
    WHEN COALESCE(v.plan_rank_5 > 1, FALSE)
      THEN 'duplicate (tenant_id, id): an earlier source row has it too (users__id; source rows ordered by id, compared by bytes)'
    WHEN v.plan_entry_taken_1
      THEN ('duplicate users.identities entry (its key and userId, per tenant_id): another users row has it' || COALESCE((': ' || v.plan_entry_taken_1_what), ''))
    WHEN v.plan_entry_repeat_1
      THEN ('duplicate users.identities entry (its key and userId, per tenant_id): an earlier source row has it too (source rows ordered by id, compared by bytes)' || COALESCE((': ' || v.plan_entry_repeat_1_what), ''))
  END AS reason
FROM plan_rows AS v
WHERE NOT EXISTS (SELECT 1 FROM (SELECT replace(replace(replace(replace(replace(CAST((xpath('/row/id/text()', x))[1] AS text), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&apos;', ''''), '&amp;', '&') AS id FROM unnest(xpath('/table/row', query_to_xml('SELECT id FROM plan_imported_users', false, false, ''))) AS x WHERE to_regclass('plan_imported_users') IS NOT NULL) AS rec WHERE rec.id = CAST(v.id AS text)) AND NOT (v.plan_kept
      AND NOT v.plan_there
      AND NOT COALESCE(v.plan_rank_1 > 1, FALSE)
      AND NOT v.plan_taken_2
      AND NOT COALESCE(v.plan_rank_2 > 1, FALSE)
      AND NOT v.plan_taken_3
      AND NOT COALESCE(v.plan_rank_3 > 1, FALSE)
      AND NOT v.plan_taken_4
      AND NOT COALESCE(v.plan_rank_4 > 1, FALSE)
      AND NOT v.plan_taken_5
      AND NOT COALESCE(v.plan_rank_5 > 1, FALSE)
      AND NOT v.plan_entry_taken_1
      AND NOT v.plan_entry_repeat_1)
ORDER BY 2, 3;
