import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
out = []
tables = [r[0] for r in c.execute("select name from sqlite_master where type='table' and name not like 'sqlite_%'")]
for t in tables:
    for cid, name, typ, notnull, dflt, pk in c.execute(f"pragma table_info('{t}')"):
        out.append(f"column {t}.{name} {typ}{' NOT NULL' if notnull else ''}{'' if dflt is None else ' DEFAULT ' + dflt}{' PK#%d' % pk if pk else ''}")
    for seq, iname, uniq, origin, partial in c.execute(f"pragma index_list('{t}')"):
        cols = [r[2] for r in c.execute(f"pragma index_info('{iname}')")]
        out.append(f"index {t}.{iname if origin == 'c' else '<'+origin+'>'} {'UNIQUE ' if uniq else ''}({', '.join(str(x) for x in cols)}){' PARTIAL' if partial else ''}")
    fks = {}
    for row in c.execute(f"pragma foreign_key_list('{t}')"):
        id_, seq, rt, frm, to, onu, ond, match = row
        fks.setdefault(id_, [rt, [], [], ond, onu])
        fks[id_][1].append(frm); fks[id_][2].append(str(to))
    for id_, (rt, frm, to, ond, onu) in fks.items():
        out.append(f"fk {t} ({', '.join(frm)}) -> {rt} ({', '.join(to)}) ON DELETE {ond} ON UPDATE {onu}")
for l in sorted(out): print(l)
