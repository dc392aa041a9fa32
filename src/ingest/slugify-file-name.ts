/** Article ids come from file names, so they are stable and safe in citations and URLs. */

const EXTENSION = /\.[A-Za-z0-9]{1,8}$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_SLUG_CHARACTERS = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/** "Fentanyl IFS (copy).txt" → "fentanyl-ifs-copy"; falls back to "article" when nothing is left. */
export function slugifyFileName(fileName: string): string {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  const slug = baseName
    .replace(EXTENSION, "")
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(NOT_SLUG_CHARACTERS, "-")
    .replace(EDGE_DASHES, "");
  return slug === "" ? "article" : slug;
}

/** The file name without folders or extension, used as a title of last resort. */
export function stripFileExtension(fileName: string): string {
  const baseName = fileName.split(/[\\/]/).pop() ?? fileName;
  return baseName.replace(EXTENSION, "");
}
