/** Child process of the many-servers bench: `tsx scripts/bench-servers-serve-cli.ts <plan.json>`. */
import { runServersServe } from "./bench-servers-serve.ts";

const report = await runServersServe(process.argv[2] ?? "");
process.stdout.write(`${JSON.stringify(report)}\n`);
