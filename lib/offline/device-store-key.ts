import "server-only";
import { keyedToken } from "@/lib/auth/keyed-token";

/**
 * The opaque key that names an account's device store (an IndexedDB database): a MAC of the
 * address under AUTH_SECRET, so the database's name tells no one whose mail it holds, yet is
 * the same on every visit of that account.
 */
export function deviceStoreKey(address: string): string {
  return keyedToken("device-store", address.trim().toLowerCase(), 22);
}
