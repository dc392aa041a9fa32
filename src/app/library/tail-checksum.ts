/**
 * CRC-32 of a stretch of the prebuilt index file, read in pieces through two buffers (the next
 * piece is read while this one is summed), from a FileHandle at start-up or from the library's
 * own descriptor in its background check.
 */
import { read } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { promisify } from "node:util";
import { crc32 } from "node:zlib";

const readAsync = promisify(read);

/** The tail is checksummed in pieces of this size, through two buffers. */
const TAIL_CHUNK_BYTES = 16 * 1024 * 1024;

export type ReadAt = (
  buffer: Buffer,
  length: number,
  position: number,
) => Promise<{ bytesRead: number; buffer: Buffer }>;

export const readFromHandle =
  (handle: FileHandle): ReadAt =>
  (buffer, length, position) =>
    handle.read(buffer, 0, length, position);

export const readFromDescriptor =
  (descriptor: number): ReadAt =>
  (buffer, length, position) =>
    readAsync(descriptor, buffer, 0, length, position);

/**
 * The CRC-32 of `length` bytes at `position`, read in pieces through two buffers, so the next
 * piece is being read while this one is summed; null if the file ends first.
 */
export async function checksumOf(
  read: ReadAt,
  position: number,
  length: number,
  initial: number,
): Promise<number | null> {
  const size = Math.min(TAIL_CHUNK_BYTES, Math.max(1, length));
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)] as const;
  const readPiece = (done: number, buffer: Buffer) =>
    read(buffer, Math.min(size, length - done), position + done);
  let checksum = initial;
  let done = 0;
  let turn = 0;
  let pending = length > 0 ? readPiece(0, buffers[0]) : null;
  while (pending !== null) {
    const { bytesRead, buffer } = await pending;
    if (bytesRead === 0) return null;
    done += bytesRead;
    turn = 1 - turn;
    pending = done < length ? readPiece(done, turn === 0 ? buffers[0] : buffers[1]) : null;
    checksum = crc32(buffer.subarray(0, bytesRead), checksum);
  }
  return checksum;
}
