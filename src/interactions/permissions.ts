/** Permission checks on the bitfields Discord sends with every guild interaction. */
import { PermissionFlagsBits } from "discord-api-types/v10";

/** True when `bits` (a decimal string) grants `flag`, or Administrator, which grants all. */
export function hasPermission(bits: string | undefined, flag: bigint): boolean {
  if (bits === undefined || !/^\d{1,40}$/.test(bits)) return false;
  const value = BigInt(bits);
  return (value & flag) === flag || (value & PermissionFlagsBits.Administrator) !== 0n;
}

/** Discord split pinning out of Manage Messages into its own permission. */
export const PIN_PERMISSION = PermissionFlagsBits.PinMessages;
/** Discord's cap on pinned messages per channel. */
export const MAX_PINS = 250;
