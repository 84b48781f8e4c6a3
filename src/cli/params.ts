// Parameter values from the command line (--param, repeatable) and from a file (--params-file).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';
import { PlanError, quoted } from '../plan/errors.js';
import type { ParamOrigins } from '../plan/params.js';
import type { SourcePos } from '../plan/types.js';

let yamlModule: typeof YamlModule | undefined;
/** The YAML parser, loaded on first use (a run that reads no YAML never loads it). */
function yaml(): typeof YamlModule {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YamlModule;
  return yamlModule;
}

/** name=value strings from `--param`: each name at most once. */
function fromCommandLine(given: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of given) {
    const eq = g.indexOf('=');
    if (eq < 1) throw new PlanError(`--param ${quoted(g)}: expected name=value`);
    const name = g.slice(0, eq);
    if (out.has(name)) throw new PlanError(`--param ${name} is given twice (${quoted(out.get(name)!)} and ${quoted(g.slice(eq + 1))}): give it once`);
    out.set(name, g.slice(eq + 1));
  }
  return out;
}

/** A YAML or JSON file holding one object of parameter name: value (strings, numbers, booleans); each with its key's place. */
function fromFile(file: string): Map<string, { value: string; at: SourcePos }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PlanError(`--params-file ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message.split('\n')[0]}`);
  }
  const lines = new (yaml().LineCounter)();
  // The failsafe schema: every scalar is the text as written (007 stays 007, 1.10 stays 1.10, 0x1F is not 31), as
  // --param would give it; the parameter's own type then reads it (true, an integer, a UUID…).
  const doc = yaml().parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: 'failsafe' });
  const at = (offset: number | undefined) => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { file, line, col };
  };
  if (doc.errors.length) throw new PlanError(`invalid YAML or JSON: ${doc.errors[0].message.split('\n')[0]}`, at(doc.errors[0].pos[0]));
  const out = new Map<string, { value: string; at: SourcePos }>();
  if (doc.contents === null) return out;
  if (!yaml().isMap(doc.contents)) throw new PlanError('a parameters file holds one object of name: value', at(doc.contents.range?.[0]));
  for (const item of doc.contents.items) {
    const key = yaml().isScalar(item.key) ? item.key.value : undefined;
    if (typeof key !== 'string') throw new PlanError('a parameter name is a string', at(yaml().isScalar(item.key) ? item.key.range?.[0] : undefined));
    const value = yaml().isScalar(item.value) ? item.value.value : undefined;
    if (typeof value !== 'string') {
      throw new PlanError(`parameter ${key}: the value must be a string, a number or a boolean`, at((item.value as { range?: number[] } | null)?.range?.[0] ?? item.key.range?.[0]));
    }
    // YAML's and JSON's null (nothing, ~, null written plainly) is no value: refused as before, not the text "~".
    if (yaml().isScalar(item.value) && item.value.type === 'PLAIN' && /^(|~|null|Null|NULL)$/.test(value)) {
      throw new PlanError(`parameter ${key}: no value (null): write the value, or leave the parameter out`, at(item.value.range?.[0] ?? item.key.range?.[0]));
    }
    out.set(key, { value: String(value), at: at(item.key.range?.[0]) });
  }
  return out;
}

/** The parameters a command was given, and where each of a params file was written. */
export interface GivenParams {
  /** name=value strings. */
  params: string[];
  /** The place in the params file of each parameter taken from it; one given with `--param` is not in it. */
  origins: ParamOrigins;
}

/**
 * The parameters: those of `--params-file`, then `--param` ones, which override the file's (the command line wins;
 * the parameter is then the command line's, not the file's). A name given twice with `--param` is an error.
 */
export function gatherParams(o: { param: string[]; paramsFile?: string }): GivenParams {
  const merged = new Map<string, { value: string; at?: SourcePos }>(o.paramsFile === undefined ? [] : fromFile(o.paramsFile));
  for (const [k, v] of fromCommandLine(o.param)) merged.set(k, { value: v });
  return {
    params: [...merged].map(([k, v]) => `${k}=${v.value}`),
    origins: Object.fromEntries([...merged].flatMap(([k, v]) => (v.at ? [[k, v.at]] : []))),
  };
}
