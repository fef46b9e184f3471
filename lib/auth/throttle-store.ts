// Where the sign-in throttle keeps its failure counts. In memory per process for now; a store
// shared between Tegami processes (Redis) implements the same interface.

export interface ThrottleRecord {
  failures: number;
  /** Epoch ms of the last attempt that added a failure. */
  lastFailureAt: number;
}

export interface ThrottleStore {
  get(key: string, now: number): Promise<ThrottleRecord | null>;
  /**
   * Adds `delta` failures (negative to take back a provisional one). A positive delta stamps
   * `now`; the record is forgotten `ttlMs` after its last stamp.
   */
  add(key: string, delta: number, now: number, ttlMs: number): Promise<ThrottleRecord>;
  delete(key: string): Promise<void>;
}
