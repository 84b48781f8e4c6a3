// Schema fragments several operations share word for word (the plan schema's definitions are written from the
// operation modules by scripts/build-schema.mjs).

/** A step that names a table and one of its columns (drop_column, drop_default, set_not_null, drop_not_null). */
export const TABLE_AND_COLUMN = {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "column"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "column": {
        "$ref": "#/$defs/identifier"
      }
    }
  } as const;

/** A step that names a table and one of its keys or indexes (drop_unique, drop_foreign_key, drop_index). */
export const TABLE_AND_NAME = {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "table",
      "name"
    ],
    "properties": {
      "table": {
        "$ref": "#/$defs/identifier"
      },
      "name": {
        "$ref": "#/$defs/identifier"
      },
      "postgres": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          }
        }
      },
      "mysql": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          }
        }
      },
      "sqlite": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "name": {
            "$ref": "#/$defs/identifier"
          }
        }
      }
    }
  } as const;
