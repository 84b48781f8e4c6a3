// remark: a decision the plan records where it is taken, with no statement (an index a guide asks for that a key
// already covers, say): the script prints it as comments where the step stands, in both directions.
import type { PlanOperation } from './types.js';

export const remark: PlanOperation<'remark'> = {
  kind: 'remark',
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
        "description": "What was decided and why: printed as comments in the script; nothing runs"
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'remark', text: a.text }),
  apply: (_d, m) => m,
  inverse: (op) => ({ ops: [{ kind: 'remark', text: op.text }] }),
  // No effect on the schema: a rollback prints the text again, as its derived inverse.
  schemaReads: () => undefined,
  rollbackReads: (a, explicitInverse) => (explicitInverse ? undefined : a),
  rename: (op) => op,
  describe: () => 'remark (no statement)',
  render: () => [],
};
