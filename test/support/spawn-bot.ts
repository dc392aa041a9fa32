/** Runs `src/app/entry/main.ts` as its own process, exactly as `npm start` does, with a test env. */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RunningBot {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves once stdout or stderr has printed text matching `pattern`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function spawnBot(env: Record<string, string>, args: readonly string[] = []): RunningBot {
  const child = spawn(process.execPath, ["--import", "tsx", "src/app/entry/main.ts", ...args], {
    cwd: ROOT,
    // No inherited DISCORD_* or .env values: the test says everything the bot sees.
    env: {
      PATH: process.env["PATH"] ?? "",
      HOME: process.env["HOME"] ?? "",
      DOTENV_CONFIG_PATH: "/nonexistent",
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let text = "";
  const waiters: { pattern: RegExp; resolve: () => void; fail: (error: Error) => void }[] = [];
  const onData = (chunk: Buffer): void => {
    text += chunk.toString("utf8");
    for (const waiter of waiters.filter((w) => w.pattern.test(text))) waiter.resolve();
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return {
    child,
    output: () => text,
    waitFor: (pattern, timeoutMs = 20_000) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(text)) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${pattern}; output:\n${text}`)),
          timeoutMs,
        );
        waiters.push({
          pattern,
          resolve: () => (clearTimeout(timer), resolve()),
          fail: (error) => (clearTimeout(timer), reject(error)),
        });
      }),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
