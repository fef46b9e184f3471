// The seam between the HTTP server entry (server.mjs) and the app's modules for a graceful
// shutdown. Both sides run in one process but in different module graphs (Next bundles the app),
// so the state lives on globalThis under a registered symbol.
//   phase "streams":  end the live event streams, telling browsers when to reconnect;
//   phase "sessions": LOGOUT every IMAP connection (after the in-flight requests finished).

const key = Symbol.for("tegami.lifecycle");

function state() {
  globalThis[key] ??= { shuttingDown: false, hooks: new Map() };
  return globalThis[key];
}

/** Registers (or replaces, when a module is evaluated again) the shutdown work of one module. */
export function onShutdown(phase, name, hook) {
  state().hooks.set(`${phase}:${name}`, { phase, hook });
}

export function isShuttingDown() {
  return state().shuttingDown;
}

/** Runs every hook of the phase, in parallel; a failing hook does not stop the others. */
export async function runShutdownPhase(phase) {
  state().shuttingDown = true;
  const hooks = [...state().hooks.values()].filter((entry) => entry.phase === phase);
  const results = await Promise.allSettled(hooks.map((entry) => entry.hook()));
  return results.filter((result) => result.status === "rejected").map((result) => result.reason);
}
