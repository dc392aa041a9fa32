/** Child process of the bench: `tsx scripts/bench-serve-cli.ts <knowledge> <index> <queries>`. */
import { runServe } from "./bench-serve.ts";

const report = await runServe(process.argv.slice(2));
process.stdout.write(`${JSON.stringify(report)}\n`);
