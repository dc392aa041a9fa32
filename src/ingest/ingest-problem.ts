/** Why a file could not become an article, named for the person who has to fix it. */
export interface IngestProblem {
  /** The file name as given to ingest. */
  readonly file: string;
  /** What is wrong, without the file name: "the file is empty". */
  readonly reason: string;
  /** One line for a person: "notes.txt: the file is empty". */
  readonly message: string;
}

/** Builds a problem whose message is a single line, even when the reason came with newlines. */
export function createIngestProblem(file: string, reason: string): IngestProblem {
  const oneLineReason = reason.replace(/\s+/g, " ").trim();
  return { file, reason: oneLineReason, message: `${file}: ${oneLineReason}` };
}
