export type ShutdownPhase = "streams" | "sessions";

export function onShutdown(
  phase: ShutdownPhase,
  name: string,
  hook: () => void | Promise<void>,
): void;
export function isShuttingDown(): boolean;
export function runShutdownPhase(phase: ShutdownPhase): Promise<unknown[]>;
