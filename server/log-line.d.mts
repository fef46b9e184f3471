export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export function redact<T>(value: T, depth?: number): T;
export function pathOf(url: string | undefined | null): string;
export function formatLogLine(
  level: LogLevel,
  event: string,
  fields?: LogFields,
  now?: Date,
): string;
export function writeLog(level: LogLevel, event: string, fields?: LogFields): void;
