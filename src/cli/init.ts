// `plan init <product>`: a new product of your own, in a plans directory of yours. Never overwrites anything.
import { accessSync, constants, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PlanError, quoted } from '../plan/errors.js';
import { planCommand } from '../shell.js';
import { checkProductName, listProducts, plansDir as bundledPlansDir } from '../plan/load.js';
import { SCAFFOLD_VERSION, scaffoldProduct } from '../plan/scaffold.js';
import { checkPlansPathText, planPathDirectories } from '../plan/search-path.js';
import { displayPath, projectRoot } from '../paths.js';

/** Refuses (PlanError) a name the loader or the product schema (`product:`) would refuse. */
function checkNewProductName(name: string): void {
  checkProductName(name);
  const schema = JSON.parse(readFileSync(join(projectRoot(), 'schemas', 'product.schema.json'), 'utf8'));
  const pattern: string = schema.properties.product.pattern;
  if (!new RegExp(pattern, 'u').test(name)) throw new PlanError(`not a product name: ${quoted(name)} (a product file's product: matches ${pattern})`);
}

/** How the folder `productDir` reaches the bundled schemas: a relative path, or a file:// URL when there is none. */
function schemasRef(productDir: string): string {
  const schemas = join(projectRoot(), 'schemas');
  const rel = relative(productDir, schemas);
  return isAbsolute(rel) ? pathToFileURL(schemas).href : rel.split('\\').join('/');
}

/** Does anything (a file, a folder, a broken link) exist at `path`? */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Throws a one-line PlanError (`where` names it: "--plans DIR") unless `dir` is an existing directory this process
 * may create entries in (write and search permission: access(2) W_OK | X_OK).
 */
function mustBeWritableDirectory(dir: string, where: string): void {
  let st;
  try {
    st = statSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PlanError(`${where}: no such directory (make it first: init writes into an existing one, or leave out --plans for plans/ of the current directory)`);
    if (code === 'ENOTDIR') throw new PlanError(`${where}: no such directory (a part of the path is a file)`);
    throw new PlanError(`${where}: cannot read it (${code ?? (e as Error).message.split('\n')[0]})`);
  }
  if (!st.isDirectory()) throw new PlanError(`${where}: not a directory`);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw new PlanError(`${where}: not writable (${(e as NodeJS.ErrnoException).code ?? 'permission denied'})`);
  }
}

/**
 * Writes `<plans>/<product>/product.yaml` and `0-1.0.yaml` (see scaffoldProduct), all at once: the product folder
 * appears complete or not at all. `plans` is the --plans option; without it, the first directory of PLAN_PATH, else
 * plans/ of the current directory (created when missing). Returns the lines to print. Throws a PlanError, writing
 * nothing, for a name that is not a product name, a product folder that exists, a --plans directory that does not
 * exist or is not writable, or a directory it cannot write in.
 */
export function initProduct(name: string, plans: string | undefined): string[] {
  checkNewProductName(name);
  const fromPlanPath = plans === undefined ? planPathDirectories()[0] : undefined;
  const dir = plans !== undefined ? resolve(plans) : (fromPlanPath ?? resolve('plans'));
  // The directory given must exist (found by a fresh user: a mistyped --plans made the whole tree silently). Only
  // the default plans/ of the current directory is made when missing.
  const where = plans !== undefined ? `--plans ${plans}` : fromPlanPath !== undefined ? `PLAN_PATH directory ${fromPlanPath}` : displayPath(dir);
  // (The path as given and as resolved: a current directory's name may hold one too.)
  if (plans !== undefined) checkPlansPathText(plans, '--plans');
  checkPlansPathText(dir, 'the plans directory');
  if (plans !== undefined) mustBeWritableDirectory(dir, where);
  const productDir = join(dir, name);
  if (exists(productDir)) throw new PlanError(`${displayPath(productDir)} exists: plan init never overwrites a product (choose another name or --plans directory)`);
  const files = scaffoldProduct(name, schemasRef(productDir));
  let staging: string;
  try {
    mkdirSync(dir, { recursive: true });
    staging = mkdtempSync(join(dir, `.${name}.init-`));
  } catch (e) {
    throw new PlanError(`${where}: cannot write there (${(e as Error).message.split('\n')[0].replace(/,.*$/, '')})`);
  }
  try {
    for (const [file, text] of Object.entries(files)) writeFileSync(join(staging, file), text, { flag: 'wx' });
    if (exists(productDir)) throw new PlanError(`${displayPath(productDir)} exists: plan init never overwrites a product`);
    renameSync(staging, productDir);
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
  const onPath = fromPlanPath !== undefined ? [] : ['--plans', plans ?? 'plans'];
  // A name of a bundled product: allowed (nothing is lost, and removing the folder undoes it), but said, as every
  // command that then reads the product says it (found by a fresh user: init supertokens hid the bundled one silently).
  if (listProducts(bundledPlansDir()).includes(name)) {
    process.stderr.write(`plan: note: product ${name} in ${dir} shadows the bundled one where that directory is searched (--plans, PLAN_PATH); another name keeps both\n`);
  }
  return [
    ...Object.keys(files).map((f) => `created ${displayPath(join(productDir, f))}`),
    `next: ${planCommand(['validate', name, ...onPath])} && ${planCommand(['compile', name, '0', SCAFFOLD_VERSION, '--dialect', 'postgres', ...onPath])}`,
  ];
}
