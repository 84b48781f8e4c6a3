// --lock-timeout and --statement-timeout: durations on the command line, as milliseconds for the compiler.
import { Option } from 'commander';
import { DEFAULT_TIMEOUTS, MAX_TIMEOUT_MS, durationText, type Timeouts } from '../dialects/dialect.js';
import { PlanError, quoted } from '../plan/errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, min: 60000, h: 3600000 };

/**
 * A duration as plan compile reads it: a number and a unit (`500ms`, `5s`, `1.5s`, `2min`, `1h`; PostgreSQL's words,
 * PostgreSQL 15 manual 20.1.1), or `0` for none.
 * @returns whole milliseconds (0: none)
 * @throws PlanError naming `option` for anything else: no unit, another unit, a negative value, a fraction of a
 *   millisecond, or more than MAX_TIMEOUT_MS (PostgreSQL's lock_timeout and statement_timeout are int milliseconds)
 */
export function parseDuration(text: string, option: string): number {
  const t = text.trim();
  if (/^0+(\.0*)?$/.test(t)) return 0;
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|min|h)$/.exec(t);
  const hint = 'give a number and a unit (500ms, 5s, 2min, 1h), or 0 for none';
  if (!m) throw new PlanError(`${option} ${quoted(text)}: not a duration: ${hint}`);
  const ms = Number(m[1]) * UNITS[m[2]];
  if (!Number.isInteger(Math.round(ms * 1e6) / 1e6)) throw new PlanError(`${option} ${quoted(text)}: not a whole number of milliseconds: ${hint}`);
  const whole = Math.round(ms);
  if (whole > MAX_TIMEOUT_MS) throw new PlanError(`${option} ${quoted(text)}: longer than the engines take (at most ${durationText(MAX_TIMEOUT_MS)}, about 24 days)`);
  return whole;
}

/** The --lock-timeout and --statement-timeout options, checked as commander reads them (a bad value: one line, exit 2). */
export function timeoutOptions(): Option[] {
  return [
    new Option('--lock-timeout <duration>', `how long a statement of the script may wait for a lock before it fails (PostgreSQL lock_timeout, MySQL/MariaDB lock_wait_timeout and innodb_lock_wait_timeout, SQLite busy_timeout); 0: none`)
      .default(durationText(DEFAULT_TIMEOUTS.lockMs))
      .argParser((v: string) => (parseDuration(v, '--lock-timeout'), v)),
    new Option('--statement-timeout <duration>', 'how long a statement of the script may run before it is stopped (PostgreSQL statement_timeout, MariaDB max_statement_time; MySQL 8 and SQLite have none); default: none')
      .argParser((v: string) => (parseDuration(v, '--statement-timeout'), v)),
  ];
}

/** The timeouts of a command's options (as timeoutOptions gives them). */
export function timeoutsOf(o: { lockTimeout?: string; statementTimeout?: string }): Timeouts {
  return {
    lockMs: o.lockTimeout === undefined ? DEFAULT_TIMEOUTS.lockMs : parseDuration(o.lockTimeout, '--lock-timeout'),
    statementMs: o.statementTimeout === undefined ? DEFAULT_TIMEOUTS.statementMs : parseDuration(o.statementTimeout, '--statement-timeout'),
  };
}
