import { describe, expect, it } from "vitest";
import { slugifyFileName, stripFileExtension } from "../../src/ingest/slugify-file-name.ts";

describe("article ids from file names", () => {
  it.each([
    ["fentanyl-ifs.txt", "fentanyl-ifs"],
    ["Fentanyl IFS (copy).md", "fentanyl-ifs-copy"],
    ["notes/Café Zürich.txt", "cafe-zurich"],
    ["__weird__name__.TXT", "weird-name"],
    ["北京.txt", "article"],
    [".txt", "article"],
    ["report.2023.final.txt", "report-2023-final"],
  ])("%s → %s", (fileName, id) => {
    expect(slugifyFileName(fileName)).toBe(id);
  });

  it("keeps the name without its folder and extension as a fallback title", () => {
    expect(stripFileExtension("knowledge/Bridge Notes.txt")).toBe("Bridge Notes");
  });
});
