// manual: a step a person does (the script prints it and changes nothing).
import { OpError, type ParamValues, type PlanOperation } from './types.js';

/**
 * `text` with each {{name}} replaced by the value of parameter name (a one-line value: src/plan/params.ts refuses
 * line breaks in every value, and the dialects' comment() refuses them again, so no value ends the comment or message
 * it is printed in; the dialects quote messages).
 * @throws OpError naming `what` for a {{name}} that names no parameter, and for a <name> that names one: a placeholder
 *   the script would print as it is (AuthHero's controlPlaneTenantId: "<control_plane_tenant_id>", which the DBA
 *   would have had to fill in by hand although the script knows the value)
 */
export function withParamValues(text: string, params: ParamValues, what: string): string {
  for (const [, name] of text.matchAll(/<([A-Za-z_][A-Za-z0-9_]*)>/g)) {
    if (name in params) throw new OpError(`${what}: <${name}> would be printed as it is; write {{${name}}} for the value of parameter ${name}`);
  }
  return text.replace(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g, (_all: string, name: string) => {
    if (!(name in params)) throw new OpError(`${what}: {{${name}}} names no parameter (known: ${Object.keys(params).join(', ') || 'none'})`);
    return String(params[name]);
  });
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
        "type": "string",
        "minLength": 1,
        "description": "What the DBA does, printed in the header and as a comment; {{name}} stands for the value of parameter name"
      }
    }
  },
  // {{name}} stands for a parameter's value (a one-line value, printed in a comment): the command a DBA copies is
  // the one for this database (Fief's `mv {{workspace_id}} fief.db`).
  resolve: (_d, a, params) => ({ kind: 'manual', text: withParamValues(a.text, params, 'manual step') }),
  apply: (_d, m) => m,
  inverse: (op) => ({ ops: [{ kind: 'manual', text: `Undo this step of the upgrade: ${op.text}` }] }),
  // No effect on the schema: a rollback reads the text only to print its derived inverse ("Undo this step…").
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  rename: (op) => op,
  describe: () => 'manual step',
  render: () => [],
};
