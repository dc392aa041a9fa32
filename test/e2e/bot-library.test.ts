import { describeBotLibrary } from "./bot-library-suite.ts";

// No DATABASE_URL: the bot keeps its library in DATA_DIR/library.sqlite.
describeBotLibrary({
  name: "SQLite",
  setUp: () => Promise.resolve({}),
  tearDown: () => Promise.resolve(),
});
