/** In this order: event streams, IMAP sessions, then what is shared with other processes. */
export type ShutdownPhase = "streams" | "sessions" | "shared";

export function onShutdown(
  phase: ShutdownPhase,
  name: string,
  hook: () => void | Promise<void>,
): void;
export function isShuttingDown(): boolean;
export function runShutdownPhase(phase: ShutdownPhase): Promise<unknown[]>;
