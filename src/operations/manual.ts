// manual: a step a person does (the script prints it and changes nothing).
import type { PlanOperation } from './types.js';

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
        "minLength": 1
      }
    }
  },
  resolve: (_d, a) => ({ kind: 'manual', text: a.text }),
  apply: (_d, m) => m,
  inverse: (op) => ({ ops: [{ kind: 'manual', text: `Undo this step of the upgrade: ${op.text}` }] }),
  rename: (op) => op,
  describe: () => 'manual step',
  render: () => [],
};
