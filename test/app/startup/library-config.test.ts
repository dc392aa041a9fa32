import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/app/startup/config.ts";

describe("library settings", () => {
  it("default to SQLite under data/, the shared library, no private URLs and the issue's quotas", () => {
    const result = parseConfig({}, "console");
    expect(result.ok && result.value.library).toEqual({
      databaseUrl: null,
      dataDir: "data",
      isSharedLibrary: true,
      isPrivateUrlAllowed: false,
      maxArticlesPerServer: 500,
      maxBytesPerServer: 50 * 1024 * 1024,
      maxAddsPerMemberPerHour: 20,
      cacheBytes: 512 * 1024 * 1024,
    });
  });

  it("reads PostgreSQL, an unshared library and other limits", () => {
    const result = parseConfig(
      {
        DATABASE_URL: "postgres://bot:secret@db.internal:5432/roundtable",
        SHARED_LIBRARY: "off",
        ALLOW_PRIVATE_URLS: "1",
        LIBRARY_MAX_ARTICLES: "40",
        LIBRARY_MAX_MB: "5",
        LIBRARY_MAX_ADDS_PER_HOUR: "3",
        LIBRARY_CACHE_MB: "64",
      },
      "console",
    );
    expect(result.ok && result.value.library).toMatchObject({
      databaseUrl: "postgres://bot:secret@db.internal:5432/roundtable",
      isSharedLibrary: false,
      isPrivateUrlAllowed: true,
      maxArticlesPerServer: 40,
      maxBytesPerServer: 5 * 1024 * 1024,
      maxAddsPerMemberPerHour: 3,
      cacheBytes: 64 * 1024 * 1024,
    });
  });

  it("lists every bad value at once and never repeats the database URL", () => {
    const result = parseConfig(
      {
        DATABASE_URL: "mysql://bot:secret@db/x",
        SHARED_LIBRARY: "maybe",
        LIBRARY_MAX_ARTICLES: "0",
      },
      "console",
    );
    expect(!result.ok && result.error).toEqual([
      "DATABASE_URL must be a postgres:// URL (leave it blank for SQLite)",
      'SHARED_LIBRARY must be "on" or "off" (got "maybe")',
      'LIBRARY_MAX_ARTICLES must be a positive whole number (got "0")',
    ]);
  });
});
