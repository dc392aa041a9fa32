/**
 * The layer order of STYLE.md §1 as data, and a checker over (file, imports) pairs, so the
 * rule can be run on the real tree and on a made-up one that breaks it.
 */
import { posix } from "node:path";

/** Top to bottom: a layer may import its own folder and the layers below it, never above. */
export const LAYER_ORDER = [
  "transports",
  "interactions",
  "commands",
  // What servers add, and reading it from the web: wiring and commands use them; they use only
  // the core below.
  "store",
  "fetch",
  "answer",
  "knowledge-base",
  "extract",
  "ingest",
  "model",
] as const;

/** Render turns answers into payloads: below interactions and transports, above the model. */
const RENDER_USERS: ReadonlySet<string> = new Set(["app", "transports", "interactions", "render"]);
const RENDER_USES: ReadonlySet<string> = new Set(["render", "model"]);

export interface SourceFile {
  /** Relative to the repository root, with forward slashes: "src/answer/who.ts". */
  readonly path: string;
  /** The module specifiers as written: "../model/answer.ts", "discord-api-types/v10". */
  readonly imports: readonly string[];
}

/** The layer a repository path belongs to, or null for files outside the layers. */
export function layerOf(path: string): string | null {
  const [top, second] = path.split("/");
  if (top === "commands") return "commands";
  return top === "src" && second !== undefined && !second.endsWith(".ts") ? second : null;
}

function rank(layer: string): number {
  return (LAYER_ORDER as readonly string[]).indexOf(layer);
}

/** Why `from` may not import `to`, or null when it may. */
function describeViolation(from: string, to: string): string | null {
  if (from === to) return null;
  if (to === "app") return "nothing imports app/: it is wiring only";
  if (from === "app") return null;
  if (to === "render") return RENDER_USERS.has(from) ? null : `${from} may not use render`;
  if (from === "render") return RENDER_USES.has(to) ? null : `render may only use the model`;
  if (rank(from) < 0) return `src/${from} has no place in LAYER_ORDER`;
  if (rank(to) < 0) return `src/${to} has no place in LAYER_ORDER`;
  return rank(to) > rank(from) ? null : `${from} imports ${to}, which sits above it`;
}

/** Every import that runs against the layer order, as "file → import: reason". */
export function findLayerViolations(files: readonly SourceFile[]): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const from = layerOf(file.path);
    if (from === null) continue;
    for (const specifier of file.imports) {
      if (!specifier.startsWith(".")) continue;
      const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
      const to = layerOf(target);
      const reason = to === null ? null : describeViolation(from, to);
      if (reason !== null) violations.push(`${file.path} → ${specifier}: ${reason}`);
    }
  }
  return violations;
}
