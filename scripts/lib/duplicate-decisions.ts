import { type Diagnostic, type DuplicateDecision, DuplicateDecisionSchema } from '../../src/domain/schema';

/** The file name the prebuild reads reviewed duplicate decisions from, in any input folder. */
export const DECISIONS_FILE = 'duplicate-decisions.json';

/** A decision as read, with the line its item starts on. */
export interface ReadDecision {
  decision: DuplicateDecision;
  source: string;
  line: number;
}

export type DecisionProblem = Diagnostic & { source: string };

export interface ReadDecisions {
  source: string;
  decisions: ReadDecision[];
  problems: DecisionProblem[];
}

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/** Where each item of the top-level array in `text` starts; `text` is valid JSON holding an array. */
function itemOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expectItem = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectItem && !/\s/.test(c) && c !== ']') {
      offsets.push(i);
      expectItem = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectItem = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectItem = true;
  }
  return offsets;
}

const issueText = (issues: readonly { path: PropertyKey[]; message: string }[]): string =>
  issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');

const EXAMPLE = '[{ "incidents": ["<id>", "<id>"], "decision": "merge" | "separate", "note": "…" }]';

/**
 * The decisions in one decisions file, and what is wrong with it, each problem with the
 * line it is on: a file that is not JSON, not a list, or holds a bad item is reported,
 * never thrown, and its good items still count.
 */
export function parseDecisions(text: string, source: string): ReadDecisions {
  const problem = (message: string, line: number | null): ReadDecisions => ({
    source,
    decisions: [],
    problems: [{ source, level: 'error', message, line }],
  });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (cause) {
    const message = (cause as Error).message;
    const position = /position (\d+)/.exec(message);
    return problem(`not valid JSON (${message}); the file holds ${EXAMPLE}`, position ? lineAt(body, Number(position[1])) : null);
  }
  if (!Array.isArray(value)) return problem(`not a list: the file holds ${EXAMPLE}`, 1);
  const offsets = itemOffsets(body);
  const read: ReadDecisions = { source, decisions: [], problems: [] };
  value.forEach((item, i) => {
    const line = lineAt(body, offsets[i] ?? 0);
    const checked = DuplicateDecisionSchema.safeParse(item);
    if (checked.success) read.decisions.push({ decision: checked.data, source, line });
    else read.problems.push({ source, level: 'error', message: `item ${i + 1} is not a decision (${issueText(checked.error.issues)})`, line });
  });
  return read;
}
