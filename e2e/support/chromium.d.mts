// Types for chromium.mjs (plain JS so the benchmark can import it too).
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
