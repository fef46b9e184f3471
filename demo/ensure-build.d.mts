export function buildNeeded(root: string): string | null;
export function build(root: string): void;
