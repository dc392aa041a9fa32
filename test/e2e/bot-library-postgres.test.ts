import { startPostgres, type RunningPostgres } from "../support/embedded-postgres.ts";
import { describeBotLibrary } from "./bot-library-suite.ts";

let server: RunningPostgres | undefined;

describeBotLibrary({
  name: "PostgreSQL",
  setUp: async () => {
    server = await startPostgres();
    return { DATABASE_URL: server.url };
  },
  tearDown: async () => {
    await server?.stop();
  },
});
