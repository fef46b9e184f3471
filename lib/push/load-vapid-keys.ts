import "server-only";
import { generateKeyPairSync } from "node:crypto";
import path from "node:path";
import { getConfig } from "@/lib/config/config";
import type { VapidKeys } from "@/lib/config/parse-push-config";
import { readJsonFile, writeJsonFile } from "@/lib/store/json-file";

// Tegami's own VAPID key pair: set by configuration, or generated on first start and kept in the
// data directory. Browsers bind each subscription to the public key, so losing the file silently
// ends every subscription: docs/deployment.md lists it for backups.

const globalKeys = globalThis as typeof globalThis & { __tegamiVapid?: Promise<VapidKeys> };

function isVapidKeys(value: unknown): value is VapidKeys {
  const keys = value as Partial<VapidKeys> | null;
  return typeof keys?.publicKey === "string" && typeof keys.privateKey === "string";
}

function generate(): VapidKeys {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const jwk = privateKey.export({ format: "jwk" });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(String(jwk.x), "base64url"),
    Buffer.from(String(jwk.y), "base64url"),
  ]);
  return { publicKey: point.toString("base64url"), privateKey: String(jwk.d) };
}

async function loadOrCreate(dataDir: string): Promise<VapidKeys> {
  const file = path.join(dataDir, "vapid-keys.json");
  const stored = await readJsonFile(file);
  if (isVapidKeys(stored)) return stored;
  if (stored !== null) throw new Error(`${file} holds no VAPID key pair`);
  const keys = generate();
  try {
    await writeJsonFile(file, keys, { exclusive: true });
    return keys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // Another process created it first: its keys are the ones.
    const theirs = await readJsonFile(file);
    if (isVapidKeys(theirs)) return theirs;
    throw new Error(`${file} holds no VAPID key pair`);
  }
}

/** The VAPID key pair, read (or created) once per process. */
export function loadVapidKeys(): Promise<VapidKeys> {
  const { vapid, dataDir } = getConfig().push;
  if (vapid) return Promise.resolve(vapid);
  globalKeys.__tegamiVapid ??= loadOrCreate(dataDir).catch((error) => {
    delete globalKeys.__tegamiVapid;
    throw error;
  });
  return globalKeys.__tegamiVapid;
}
