/**
 * Where a prebuilt library reads the bytes it keeps out of memory (passage texts and articles):
 * the file itself, through a descriptor held for as long as the library is, or bytes already in
 * memory. Reads are synchronous: a search needs a few passages at once, each a page-cache read.
 */
import { closeSync, readSync } from "node:fs";

export interface ByteSource {
  /** `length` bytes at `position` of the payload (the file after its header line). */
  read(position: number, length: number): Buffer;
}

export function memorySource(payload: Uint8Array): ByteSource {
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.length);
  return { read: (position, length) => bytes.subarray(position, position + length) };
}

/** Closes a library's descriptor once nothing holds the library any more. */
const descriptors = new FinalizationRegistry<number>((descriptor) => {
  try {
    closeSync(descriptor);
  } catch {
    // Already closed: nothing to release.
  }
});

/**
 * Reads from `descriptor` (open on the checked file) at `payloadStart` + position. The descriptor
 * is closed once the source itself is garbage collected: everything that can read holds it, so
 * the number is never closed (and perhaps reused) under a reader.
 */
export function fileSource(descriptor: number, payloadStart: number): ByteSource {
  const source: ByteSource = {
    read: (position, length) => {
      const bytes = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const count = readSync(
          descriptor,
          bytes,
          done,
          length - done,
          payloadStart + position + done,
        );
        // The file was truncated under the library: what is missing reads as nothing.
        if (count === 0) return bytes.subarray(0, done);
        done += count;
      }
      return bytes;
    },
  };
  descriptors.register(source, descriptor);
  return source;
}
