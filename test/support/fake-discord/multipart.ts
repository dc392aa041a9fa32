/**
 * Reads the `multipart/form-data` bodies discord.js sends when a message carries files: the
 * message itself is the `payload_json` part (developers/reference.mdx, "Uploading Files"), and
 * each `files[n]` part is kept with its name, type and size so a test can check the attachment.
 */

export interface UploadedFile {
  /** The form field, e.g. `files[0]`. */
  readonly field: string;
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
}

export interface MultipartBody {
  readonly payload: unknown;
  readonly files: readonly UploadedFile[];
}

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

function readBoundary(contentType: string): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2]?.trim();
}

function splitParts(raw: Buffer, boundary: string): Buffer[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const contentStart = start + delimiter.length + CRLF.length;
    const next = raw.indexOf(delimiter, contentStart);
    if (next === -1) break;
    // Each part ends with the CRLF that precedes the next delimiter.
    parts.push(raw.subarray(contentStart, next - CRLF.length));
    start = next;
  }
  return parts;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Parses a multipart body; undefined when the content type is not multipart. */
export function readMultipart(
  contentType: string | undefined,
  raw: Buffer,
): MultipartBody | undefined {
  if (contentType === undefined || !contentType.toLowerCase().startsWith("multipart/form-data"))
    return undefined;
  const boundary = readBoundary(contentType);
  if (boundary === undefined) return undefined;
  let payload: unknown = null;
  const files: UploadedFile[] = [];
  for (const part of splitParts(raw, boundary)) {
    const headerEnd = part.indexOf(HEADER_END);
    if (headerEnd === -1) continue;
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const bytes = part.subarray(headerEnd + HEADER_END.length);
    const field = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (field === "payload_json") payload = parseJson(bytes.toString("utf8"));
    else if (filename !== undefined) {
      const contentTypeHeader =
        /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "application/octet-stream";
      files.push({
        field,
        filename,
        contentType: contentTypeHeader.trim(),
        bytes: Buffer.from(bytes),
      });
    }
  }
  return { payload, files };
}
