-- plan report: keto 0.6 → 0.7 (postgres): the source rows the script leaves out, and why
-- parameters: namespaces=files:1,groups:2,folders:3 network_id=6b65746f-0000-4000-8000-000000000001 new_user=keto_new old_user=keto
-- read-only: run it before the script (the rows it will leave out) or after it (the rows it left out); no row means none
-- each row: the table it is in, its key, the reason; see to each (recreate it through the product) once the upgrade is done

SELECT 'keto_0000000001_relation_tuples' AS source_table, CAST(src.shard_id AS text) AS shard_id, CAST(src.object AS text) AS object, CAST(src.relation AS text) AS relation, CAST(src.subject AS text) AS subject, CAST(src.commit_time AS text) AS commit_time,
  CASE
    WHEN (src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL)
      THEN 'a NULL in object, relation, subject or commit_time (v0.7''s columns are NOT NULL)'
    WHEN NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1)
      THEN 'malformed subject: more than one # (Keto''s migrator skips it as broken)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1)
      THEN 'malformed subject set: not namespace:object#relation with exactly one : before the # (Keto''s migrator skips it as broken)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL)
      THEN 'the subject set''s namespace is not in --param namespaces (Keto''s migrator stops the namespace on it)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64)
      THEN 'subject id longer than 64 characters (v0.7''s subject_id is varchar(64))'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64))
      THEN 'subject set object or relation longer than 64 characters (v0.7''s columns are varchar(64))'
  END AS reason
FROM keto_0000000001_relation_tuples AS src
WHERE (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE)
   OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE))
UNION ALL
SELECT 'keto_0000000002_relation_tuples' AS source_table, CAST(src.shard_id AS text) AS shard_id, CAST(src.object AS text) AS object, CAST(src.relation AS text) AS relation, CAST(src.subject AS text) AS subject, CAST(src.commit_time AS text) AS commit_time,
  CASE
    WHEN (src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL)
      THEN 'a NULL in object, relation, subject or commit_time (v0.7''s columns are NOT NULL)'
    WHEN NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1)
      THEN 'malformed subject: more than one # (Keto''s migrator skips it as broken)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1)
      THEN 'malformed subject set: not namespace:object#relation with exactly one : before the # (Keto''s migrator skips it as broken)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL)
      THEN 'the subject set''s namespace is not in --param namespaces (Keto''s migrator stops the namespace on it)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64)
      THEN 'subject id longer than 64 characters (v0.7''s subject_id is varchar(64))'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64))
      THEN 'subject set object or relation longer than 64 characters (v0.7''s columns are varchar(64))'
  END AS reason
FROM keto_0000000002_relation_tuples AS src
WHERE (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE)
   OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE))
UNION ALL
SELECT 'keto_0000000003_relation_tuples' AS source_table, CAST(src.shard_id AS text) AS shard_id, CAST(src.object AS text) AS object, CAST(src.relation AS text) AS relation, CAST(src.subject AS text) AS subject, CAST(src.commit_time AS text) AS commit_time,
  CASE
    WHEN (src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL)
      THEN 'a NULL in object, relation, subject or commit_time (v0.7''s columns are NOT NULL)'
    WHEN NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1)
      THEN 'malformed subject: more than one # (Keto''s migrator skips it as broken)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1)
      THEN 'malformed subject set: not namespace:object#relation with exactly one : before the # (Keto''s migrator skips it as broken)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL)
      THEN 'the subject set''s namespace is not in --param namespaces (Keto''s migrator stops the namespace on it)'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64)
      THEN 'subject id longer than 64 characters (v0.7''s subject_id is varchar(64))'
    WHEN ((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64))
      THEN 'subject set object or relation longer than 64 characters (v0.7''s columns are varchar(64))'
  END AS reason
FROM keto_0000000003_relation_tuples AS src
WHERE (COALESCE((src.object IS NULL OR src.relation IS NULL OR src.subject IS NULL OR src.commit_time IS NULL), FALSE)
   OR COALESCE(NOT ((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 OR (length(src.subject) - length(replace(src.subject, '#', ''))) = 1), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND NOT (length(split_part(src.subject, '#', 1)) - length(replace(split_part(src.subject, '#', 1), ':', ''))) = 1), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND CASE split_part(split_part(src.subject, '#', 1), ':', 1) WHEN 'files' THEN 1 WHEN 'groups' THEN 2 WHEN 'folders' THEN 3 END IS NULL), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 0 AND length(src.subject) > 64), FALSE)
   OR COALESCE(((length(src.subject) - length(replace(src.subject, '#', ''))) = 1 AND (length(CASE WHEN strpos(split_part(src.subject, '#', 1), ':') > 0 THEN substr(split_part(src.subject, '#', 1), strpos(split_part(src.subject, '#', 1), ':') + 1) END) > 64 OR length(CASE WHEN strpos(src.subject, '#') > 0 THEN substr(src.subject, strpos(src.subject, '#') + 1) END) > 64)), FALSE))
ORDER BY 1, 2, 3, 4, 5, 6, 7;
