#!/bin/sh
# normalized catalog of a MariaDB/MySQL database: one line per column, index and foreign key
db=$1
mariadb -h127.0.0.1 -uroot -N -B information_schema -e "
select concat('column ', table_name, '.', column_name, ' ', column_type, if(is_nullable='NO',' NOT NULL',''), if(column_default is null,'',concat(' DEFAULT ', column_default)), if(extra='','',concat(' ',extra))) from columns where table_schema='$db'
union all
select concat('index ', table_name, '.', index_name, if(non_unique=0,' UNIQUE',''), ' (', group_concat(concat(column_name, if(sub_part is null,'',concat('(',sub_part,')'))) order by seq_in_index separator ', '), ')') from statistics where table_schema='$db' group by table_name, index_name, non_unique
union all
select concat('fk ', k.table_name, '.', k.constraint_name, ' (', group_concat(k.column_name order by k.ordinal_position separator ', '), ') -> ', k.referenced_table_name, ' (', group_concat(k.referenced_column_name order by k.ordinal_position separator ', '), ') ON DELETE ', r.delete_rule, ' ON UPDATE ', r.update_rule) from key_column_usage k join referential_constraints r on r.constraint_schema=k.constraint_schema and r.constraint_name=k.constraint_name and r.table_name=k.table_name where k.table_schema='$db' and k.referenced_table_name is not null group by k.table_name, k.constraint_name, k.referenced_table_name, r.delete_rule, r.update_rule
" | LC_ALL=C sort
