// manual: a step a person does (the script prints it and changes nothing).
import { OpError, type PlanOperation } from './types.js';

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
  resolve: (_d, a, params) => ({ kind: 'manual', text: a.text.replace(/\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g, (_all: string, name: string) => {
    if (!(name in params)) throw new OpError(`manual step: {{${name}}} names no parameter (known: ${Object.keys(params).join(', ') || 'none'})`);
    return String(params[name]);
  }) }),
  apply: (_d, m) => m,
  inverse: (op) => ({ ops: [{ kind: 'manual', text: `Undo this step of the upgrade: ${op.text}` }] }),
  // No effect on the schema: a rollback reads the text only to print its derived inverse ("Undo this step…").
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  rename: (op) => op,
  describe: () => 'manual step',
  render: () => [],
};
