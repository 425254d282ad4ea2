/**
 * Command line: evaluate a JSON situation and print JSON.
 *   npm run --silent evaluate -- [situation.json | persona.json] [--as-of YYYY-MM-DD]
 * Reads the file, or standard input when no file is given. The file is a situation (fact id → answer), or a
 * persona file of the public scenarios (tests/fixtures/scenarios/P02.json: `{ id, asOf, situation, expect… }`),
 * whose `situation` is evaluated on its `asOf` unless --as-of is given. Today's date when neither gives one.
 * Exit codes: 0 ok; 2 bad input (invalid JSON, bad date, schema error, a date that cannot be true such as a
 * birth date after --as-of, a year before 1900 or a residence period ending before it starts) — nothing on
 * stdout then; 1 internal error (a bug: a valid --as-of before a parameter's first value is not one).
 */
import { readFileSync } from 'node:fs';
import { evaluate, nextQuestions, parseSituation } from './index';
import { isIsoDate } from './dates';
import { toCliOutput } from './cli-output';

class InputError extends Error {}

/**
 * What the CLI echoes of its input (file names, options, dates, field names, parser messages): control
 * characters (C0, C1, DEL) and bidirectional overrides shown as \u escapes, so a crafted file cannot move
 * the cursor, clear the terminal or reorder the text; and at most `max` characters (issue 15).
 */
export function echo(value: unknown, max = 80): string {
  const text = String(value);
  const cut = [...text];
  const shown = cut.length > max ? `${cut.slice(0, max).join('')}…` : text;
  return shown.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function parseArgs(argv: string[]): { file?: string; asOf?: string } {
  const out: { file?: string; asOf?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--as-of') {
      const v = argv[++i];
      if (v === undefined) throw new InputError('--as-of needs a date written YYYY-MM-DD');
      out.asOf = v;
    } else if (a.startsWith('--as-of=')) out.asOf = a.slice('--as-of='.length);
    else if (a === '--help' || a === '-h') {
      process.stderr.write('usage: npm run --silent evaluate -- [situation.json | persona.json] [--as-of YYYY-MM-DD]\n');
      process.exit(0);
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${echo(a)}`);
    else if (out.file === undefined) out.file = a;
    else throw new InputError(`only one situation file can be given (got ${echo(out.file)} and ${echo(a)})`);
  }
  return out;
}

/** A persona file: an object with the answers under `situation` and the evaluation date under `asOf`. */
function asPersona(json: unknown): { situation: unknown; asOf?: string } | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const o = json as Record<string, unknown>;
  if (typeof o.situation !== 'object' || o.situation === null || Array.isArray(o.situation)) return undefined;
  if (o.asOf !== undefined && typeof o.asOf !== 'string') throw new InputError('field "asOf": a persona\'s date is written YYYY-MM-DD');
  return { situation: o.situation, asOf: o.asOf as string | undefined };
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function run(argv: string[], readInput: (file?: string) => string): { code: number; stdout: string; stderr: string } {
  try {
    const args = parseArgs(argv);
    if (args.asOf !== undefined && !isIsoDate(args.asOf)) throw new InputError(`--as-of: "${echo(args.asOf)}" is not a valid date written YYYY-MM-DD`);
    let text: string;
    try {
      text = readInput(args.file);
    } catch (e) {
      throw new InputError(`cannot read ${args.file === undefined ? 'standard input' : echo(args.file)}: ${echo((e as NodeJS.ErrnoException).code ?? 'error')}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new InputError(`invalid JSON: ${echo((e as Error).message, 160)}`);
    }
    // A persona file (tests/helpers/personas.ts): its answers, on its evaluation date unless --as-of says otherwise.
    const persona = asPersona(json);
    if (persona) json = persona.situation;
    const asOf = args.asOf ?? persona?.asOf ?? today();
    if (!isIsoDate(asOf)) throw new InputError(`field "asOf": "${echo(asOf)}" is not a valid date written YYYY-MM-DD`);
    // With the evaluation date: a birth date after it, a year before 1900, a period ending before it starts are refused (exit 2).
    const parsed = parseSituation(json, { asOf });
    if (!parsed.ok) {
      const lines = parsed.problems.slice(0, 20).map((p) => `field "${echo(p.field)}": ${echo(p.problem, 160)}`);
      if (parsed.problems.length > 20) lines.push(`… and ${parsed.problems.length - 20} more`);
      throw new InputError(lines.join('\n'));
    }
    const ev = evaluate(parsed.situation, { asOf });
    const output = toCliOutput(ev, nextQuestions(parsed.situation, { asOf }));
    return { code: 0, stdout: JSON.stringify(output, null, 2) + '\n', stderr: '' };
  } catch (e) {
    if (e instanceof InputError) return { code: 2, stdout: '', stderr: `sesame: ${e.message}\n` };
    return { code: 1, stdout: '', stderr: `sesame: internal error: ${echo((e as Error).message, 160)}\n` };
  }
}

const isMain = process.argv[1] && /cli\.(ts|mjs|js)$/.test(process.argv[1]);
if (isMain) {
  const r = run(process.argv.slice(2), (file) => readFileSync(file ?? 0, 'utf8'));
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exitCode = r.code;
}
