const v = process.argv[2];
const m = await import(`./bundle-${v}.mjs`);
const keys = Object.keys(m.migrations);
const sorted = [...keys].sort();
console.error(v, 'count', keys.length, 'declared order == sorted:', JSON.stringify(keys) === JSON.stringify(sorted));
console.log(sorted.join('\n'));
