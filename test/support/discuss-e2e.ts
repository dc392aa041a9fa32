/** What the /timeline and /discuss end-to-end tests share: reading buttons, files and PNG sizes. */
import { PermissionFlagsBits } from "discord-api-types/v10";
import { ALL_PERMISSIONS } from "./fake-discord/index.ts";
import type { RecordedRequest } from "./fake-discord/index.ts";

export function customIds(data: Record<string, unknown> | undefined): string[] {
  const rows = (data?.["components"] ?? []) as { components: { custom_id?: string }[] }[];
  return rows.flatMap((row) => row.components.map((c) => c.custom_id ?? ""));
}

/** Every permission but the ones named and Administrator (which grants all), as Discord sends it. */
export function permissionsWithout(...flags: bigint[]): string {
  return [...flags, PermissionFlagsBits.Administrator]
    .reduce((bits, flag) => bits & ~flag, BigInt(ALL_PERMISSIONS))
    .toString();
}

/** PNG width and height from its IHDR chunk (bytes 16–23), after checking the signature. */
export function readPngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const isOriginalEdit = (token: string) => (request: RecordedRequest) =>
  request.method === "PATCH" && request.route.includes(`/${token}/messages/@original`);
