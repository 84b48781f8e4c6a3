// The loader: YAML with source positions, JSON Schema validation, and the checks that need more than the
// schema. Every error is a PlanError whose message starts with file:line:col of the offending node.
import { describe, expect, it } from 'vitest';
import { loadProduct, withProductsPinned } from '../src/plan/load.js';
import { OP_NAMES } from '../src/plan/types.js';
import { demoProduct, expectAt, FIXTURE_PLANS, planError, writePlanFile, tempPlansDir, PRODUCT_YAML } from './helpers/plans.js';

// A valid plan; each case below changes one line of it. Line numbers are 1-based, as editors show them.
const PLAN = [
  'product: demo', //                                          1
  'from: "1.0"', //                                            2
  'to: "1.1"', //                                              3
  'summary: one table', //                                     4
  'steps:', //                                                 5
  '  - create_table:', //                                      6
  '      name: things', //                                     7
  '      columns:', //                                         8
  '        - { name: id, type: bigint, nullable: false }', //  9
  '      primary_key: { columns: [id] }', //                   10
  '  - create_index: { table: things, name: things_id, columns: [id] }', // 11
];
const plan = (edit: (lines: string[]) => void = () => {}) => {
  const lines = [...PLAN];
  edit(lines);
  return lines.join('\n') + '\n';
};

/** Loads demo with 1.0-1.1.yaml = `text`; returns the error and the file's path as the loader reports it. */
function loadError(text: string, file = '1.0-1.1.yaml') {
  const dir = tempPlansDir();
  writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', 'parameters:\n  flag: { type: boolean, default: true, description: d }\n'));
  const rel = writePlanFile(dir, 'demo', file, text);
  return { e: planError(() => loadProduct('demo', dir)), rel };
}

describe('valid plans load', () => {
  it('the real products', () => {
    const p = loadProduct('supertokens');
    // One written install plan (0 → 3.3), one upgrade plan into each later version, and after them the install
    // plans derived from the model (product.yaml derived_installs:), each with the written chain to its version.
    const v = p.product.versions;
    const written = p.plans.filter((x) => !x.derived);
    expect(written.map((x) => `${x.plan.from}-${x.plan.to}`).sort()).toEqual(['0-3.3', ...v.slice(1).map((to, i) => `${v[i]}-${to}`)].sort());
    expect(p.plans[0].relPath).toBe('plans/supertokens/0-3.3.yaml');
    const derived = p.plans.slice(written.length);
    expect(derived.map((x) => `${x.plan.from}-${x.plan.to}`)).toEqual((p.product.derived_installs ?? []).map((to) => `0-${to}`));
    expect(derived.length).toBeGreaterThan(0);
    for (const x of derived) {
      expect(x.derived).toBe(true);
      expect(x.steps).toEqual([]);
      expect(x.derivedFrom!.map((y) => y.plan.to)).toEqual(v.slice(0, v.indexOf(x.plan.to) + 1));
      expect(x.derivedFrom![0].relPath).toBe('plans/supertokens/0-3.3.yaml');
    }
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the fixture, with every step knowing its operation and position', () => {
    const p = loadProduct('fixture', FIXTURE_PLANS);
    expect(p.plans.map((x) => `${x.plan.from}-${x.plan.to}`)).toEqual(['0-1.0', '1.0-1.1', '1.1-1.2', '1.2-1.3', '1.3-1.4', '1.4-1.5']);
    const first = p.plans[0].steps[0];
    expect(first.op).toBe('create_table');
    expect(first.args.name).toBe('user');
    expect(first.pos).toEqual({ file: 'test/fixtures/plans/fixture/0-1.0.yaml', line: 7, col: 7 });
    for (const s of p.plans.flatMap((x) => x.steps)) expect(OP_NAMES).toContain(s.op);
  });

  it('a plan of this test', () => {
    const dir = demoProduct({ '1.0-1.1.yaml': plan() });
    const p = loadProduct('demo', dir);
    expect(p.plans[0].steps.map((s) => [s.op, s.pos.line, s.pos.col])).toEqual([
      ['create_table', 7, 7],
      ['create_index', 11, 19],
    ]);
  });
});

describe('a batch reads each product once (withProductsPinned)', () => {
  it('an edit made while pinned is seen after, not during', () => {
    const dir = demoProduct({ '1.0-1.1.yaml': plan() });
    const steps = () => loadProduct('demo', dir).plans[0].steps.map((s) => s.op);
    expect(steps()).toEqual(['create_table', 'create_index']);
    const edited = plan((l) => l.splice(10, 1));
    const during = withProductsPinned(() => {
      writePlanFile(dir, 'demo', '1.0-1.1.yaml', edited);
      return steps();
    });
    expect(during).toEqual(['create_table', 'create_index']);
    expect(steps()).toEqual(['create_table']);
  });

  it('the pin ends when the batch throws', () => {
    const dir = demoProduct({ '1.0-1.1.yaml': plan() });
    loadProduct('demo', dir);
    expect(() =>
      withProductsPinned(() => {
        throw new Error('the batch failed');
      }),
    ).toThrow('the batch failed');
    writePlanFile(dir, 'demo', '1.0-1.1.yaml', plan((l) => l.splice(10, 1)));
    expect(loadProduct('demo', dir).plans[0].steps.map((s) => s.op)).toEqual(['create_table']);
  });
});

describe('errors name file:line:col of the offending node', () => {
  it('malformed YAML: an unclosed flow mapping', () => {
    const { e, rel } = loadError(plan((l) => (l[8] = '        - { name: id, type: bigint, nullable: false')));
    expectAt(e, rel, 10, 7, /invalid YAML: .*(flow|map|})/i);
  });

  it('malformed YAML: a duplicate key', () => {
    const { e, rel } = loadError(plan((l) => l.splice(7, 0, '      name: again')));
    expectAt(e, rel, 8, 7, /invalid YAML: Map keys must be unique/);
  });

  it('schema: an unknown key, at the key itself', () => {
    const { e, rel } = loadError(plan((l) => (l[8] = '        - { name: id, type: bigint, nulable: false }')));
    expectAt(e, rel, 9, 37, /plan does not match its schema: \/steps\/0\/create_table\/columns\/0: unknown key "nulable"/);
  });

  it('schema: an unknown top-level key', () => {
    const { e, rel } = loadError(plan((l) => l.splice(4, 0, 'summry: typo')));
    expectAt(e, rel, 5, 1, /\(document\): unknown key "summry"/);
  });

  it('schema: a value of the wrong type', () => {
    const { e, rel } = loadError(plan((l) => (l[8] = '        - { name: id, type: bigint, nullable: "no" }')));
    expectAt(e, rel, 9, 47, /\/steps\/0\/create_table\/columns\/0\/nullable: must be boolean/);
  });

  it('schema: a step with two operations', () => {
    const { e, rel } = loadError(plan((l) => l.splice(10, 0, '    drop_table: { name: things }')));
    expectAt(e, rel, 6, 5, /\/steps\/0: a step has exactly one operation, found create_table, drop_table/);
  });

  it('schema: a step with no operation', () => {
    const { e, rel } = loadError(plan((l) => (l[10] = '  - note: nothing to do')));
    expectAt(e, rel, 11, 5, /\/steps\/1: a step needs one operation \(create_table, .*\); found note/);
  });

  it('schema: a misspelt operation', () => {
    const { e, rel } = loadError(plan((l) => (l[10] = '  - create_idx: { table: things, name: things_id, columns: [id] }')));
    expectAt(e, rel, 11, 5, /\/steps\/1: a step needs one operation \(.*\); found create_idx$/);
  });

  it('a bad identifier', () => {
    const { e, rel } = loadError(plan((l) => (l[6] = '      name: bad-name')));
    expectAt(e, rel, 7, 13, /\/steps\/0\/create_table\/name: "bad-name" is not a name: letters A-Z a-z, digits and _, not starting with a digit \(does not match \^\[A-Za-z_\]/);
  });

  it('a file name that does not match from and to', () => {
    const { e, rel } = loadError(plan(), '1.0-1.2.yaml');
    expectAt(e, rel, 2, 7, /file name must be 1\.0-1\.1\.yaml for from "1\.0" to "1\.1"/);
  });

  it('a plan that skips a version', () => {
    const { e, rel } = loadError(plan((l) => (l[2] = 'to: "1.2"')), '1.0-1.2.yaml');
    expectAt(e, rel, 3, 5, /"1\.2" does not follow "1\.0"/);
  });

  it('an unknown parameter in when', () => {
    const { e, rel } = loadError(plan((l) => l.push('    when: { param: flga, equals: true }')));
    expectAt(e, rel, 12, 20, /: unknown parameter "flga" \(declared: flag\)$/);
  });

  it('a known parameter in when loads', () => {
    const dir = tempPlansDir();
    writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', 'parameters:\n  flag: { type: boolean, default: true, description: d }\n'));
    writePlanFile(dir, 'demo', '1.0-1.1.yaml', plan((l) => l.push('    when: { param: flag, equals: true }')));
    expect(loadProduct('demo', dir).plans[0].steps[1].step.when).toEqual({ param: 'flag', equals: true });
  });

  it("a columns parameter's together: names its keys, where the product file says them; other parameters have none", () => {
    const dir = tempPlansDir();
    const rel = writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', 'parameters:\n  cols:\n    type: columns\n    description: d\n    keys: [a, b]\n    together: [[a, zz]]\n'));
    expectAt(planError(() => loadProduct('demo', dir)), rel, 10, 20, /: parameter cols: together key "zz" is not one of its keys$/);
    writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', 'parameters:\n  flag: { type: boolean, default: true, description: d, together: [[a, b]] }\n'));
    expectAt(planError(() => loadProduct('demo', dir)), rel, 6, 67, /: parameter flag: keys, required and together are for columns parameters$/);
  });

  it('the product file is checked too', () => {
    const dir = tempPlansDir();
    const rel = writePlanFile(dir, 'demo', 'product.yaml', PRODUCT_YAML('demo', 'dialects2: [postgres]\n'));
    expectAt(planError(() => loadProduct('demo', dir)), rel, 5, 1, /product file does not match its schema: \(document\): unknown key "dialects2"/);
  });
});
