// manual: a step a person does (the script prints it and changes nothing).
import { quoted } from '../plan/errors.js';
import { notGiven } from '../plan/params.js';
import { PASTE_SAFE } from '../plan/pattern.js';
import { OpError, type ParamValues, type PlanOperation } from './types.js';

/**
 * `text` with each {{name}} replaced by the value of parameter name (a one-line value: src/plan/params.ts refuses
 * line breaks in every value, and the dialects' comment() refuses them again, so no value ends the comment or message
 * it is printed in; the dialects quote messages).
 * @throws OpError naming `what` for a {{name}} that names no parameter, and for a <name> that names one: a placeholder
 *   the script would print as it is (AuthHero's controlPlaneTenantId: "<control_plane_tenant_id>", which the DBA
 *   would have had to fill in by hand although the script knows the value)
 */
export function withParamValues(text: string, params: ParamValues, what: string, unfilled?: Set<string>): string {
  for (const [, name] of text.matchAll(/<([A-Za-z_][A-Za-z0-9_]*)>/g)) {
    if (name in params) throw new OpError(`${what}: <${name}> would be printed as it is; write {{${name}}} for the value of parameter ${name}`);
  }
  const deferred = unfilled ? new Set(notGiven(params)) : new Set<string>();
  return text.replace(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g, (all: string, name: string) => {
    if (!(name in params)) throw new OpError(`${what}: {{${name}}} names no parameter (known: ${Object.keys(params).join(', ') || 'none'})`);
    if (deferred.has(name)) {
      unfilled!.add(name);
      return all;
    }
    const value = String(params[name]);
    // A manual step's text is pasted into shells and SQL prompts: the loader lets it print only parameters whose
    // values are PASTE_SAFE (src/plan/checks.ts, pasteProblem); this holds it.
    if (unfilled && !PASTE_SAFE.test(value)) {
      throw new OpError(`${what}: parameter ${name}: ${quoted(value)} holds characters other than ASCII letters, digits and _ . : @ + / = , -, and the text is pasted into shells and SQL prompts as it is`);
    }
    return value;
  });
}

/**
 * The manual step `op` as a script prints it: its text, once every parameter it names has a value.
 * @throws MissingParameterError (reading the parameter) when its text names a parameter that was not given: a manual
 *   step of a plan the script only replays (before `from`) never gets here, so a compile from Fief 0.28 does not ask
 *   for the workspace_id that only 0.27 → 0.28's manual step prints
 */
export function manualText(op: { text: string; unfilled?: string[] }, params: ParamValues): string {
  for (const name of op.unfilled ?? []) void params[name];
  return op.text;
}

export const manual: PlanOperation<'manual'> = {
  kind: 'manual',
  schema: {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "text"
    ],
    "properties": {
      "text": {
        "$ref": "#/$defs/text",
        "type": "string",
        "minLength": 1,
        "description": "What the DBA does, printed in the header and as a comment; {{name}} stands for the value of parameter name, {version} for the release the script reaches (the one the DBA starts after it)"
      }
    }
  },
  // {{name}} stands for a parameter's value (a one-line value, printed in a comment): the command a DBA copies is
  // the one for this database (Fief's `mv {{workspace_id}} fief.db`).
  // A parameter not given (compile defers them: resolveParams) is left as {{name}} and listed in `unfilled`; the
  // script reads it only when it prints the step (manualText).
  resolve: (_d, a, params) => {
    const unfilled = new Set<string>();
    const text = withParamValues(a.text, params, 'manual step', unfilled);
    return { kind: 'manual', text, ...(unfilled.size ? { unfilled: [...unfilled].sort() } : {}) };
  },
  apply: (_d, m) => m,
  inverse: (op) => ({ ops: [{ kind: 'manual', text: `Undo this step of the upgrade: ${op.text}`, ...(op.unfilled ? { unfilled: op.unfilled } : {}) }] }),
  // No effect on the schema: a rollback reads the text only to print its derived inverse ("Undo this step…").
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  rename: (op) => op,
  describe: () => 'manual step',
  render: () => [],
};
