// How far apart two spellings are: for "did you mean …?" hints.

/** The Levenshtein distance of two short strings (insertions, deletions and substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The name of `names` a mistyped `given` most likely means, for a "did you mean" hint (never to accept it): the one
 * equal to it but for case (`Fief`: fief), else the nearest by editDistance of the lower-cased spellings when at
 * most one edit in three characters of `given` (at least one) apart and nearer than any other (`kto`: keto).
 * @returns the name, or undefined when none is that near, or two are equally near
 */
export function nearestName(given: string, names: readonly string[]): string | undefined {
  const g = given.toLowerCase();
  const sameButCase = names.filter((n) => n.toLowerCase() === g);
  if (sameButCase.length === 1) return sameButCase[0];
  const limit = Math.max(1, Math.floor(given.length / 3));
  const scored = names.map((n) => ({ n, d: editDistance(g, n.toLowerCase()) })).filter((x) => x.d <= limit).sort((a, b) => a.d - b.d);
  if (scored.length === 0 || (scored.length > 1 && scored[1].d === scored[0].d)) return undefined;
  return scored[0].n;
}

/**
 * The version of `versions` a version written another common way stands for, for a "did you mean" hint (never to
 * accept it): with a leading v (`v0.6`), with trailing .0 parts (`0.6.0`, `v1.0.0` for 1.0 or 1), or in another case
 * (`0.7-Cleanup`). @returns that version, or undefined when none is
 */
export function versionMeant(given: string, versions: readonly string[]): string | undefined {
  const bare = given.trim().replace(/^v(?=\d)/i, '').toLowerCase();
  const forms = [bare];
  for (let v = bare; /\.0$/.test(v); ) forms.push((v = v.slice(0, -2)));
  for (const f of forms) {
    const hit = versions.find((v) => v.toLowerCase() === f);
    if (hit !== undefined && hit !== given) return hit;
  }
  // A version given shorter than the product writes it (1 for 1.0).
  const longer = versions.filter((v) => v.replace(/(\.0)+$/, '') === bare && v !== given);
  return longer.length === 1 ? longer[0] : undefined;
}

/** ` (did you mean "x"?)`-style hint text: `: did you mean "x"?` when `meant` is given, else empty. */
export const didYouMean = (meant: string | undefined): string => (meant === undefined ? '' : `: did you mean ${JSON.stringify(meant)}?`);
