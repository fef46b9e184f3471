// public/sw.js run in a VM with a fake worker global: the shell cache of one build, the
// cleanup of every other build's on activate, and the answers when the network fails.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

const source = fs.readFileSync(path.join(process.cwd(), "public", "sw.js"), "utf8");

type Listener = (event: FakeEvent) => void;
interface FakeEvent {
  request?: Request;
  waitUntil(promise: Promise<unknown>): void;
  respondWith(response: Promise<Response>): void;
}

/** Cache Storage in memory: cache name → (path → body). */
function fakeCaches(initial: Record<string, Record<string, string>>) {
  const stores = new Map(Object.entries(initial).map(([k, v]) => [k, new Map(Object.entries(v))]));
  const pathOf = (request: string | Request) =>
    new URL(typeof request === "string" ? request : request.url, "https://mail.example").pathname;
  return {
    stores,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, string>();
      stores.set(name, store);
      return {
        addAll: async (paths: string[]) => {
          for (const p of paths) store.set(p, `body of ${p}`);
        },
      };
    },
    match: async (request: string | Request, options: { cacheName: string }) => {
      const body = stores.get(options.cacheName)?.get(pathOf(request));
      return body === undefined ? undefined : new Response(body);
    },
  };
}

function runWorker(options: {
  build: { build: string; assets: string[] } | null;
  caches: Record<string, Record<string, string>>;
  network: "up" | "down" | 502;
}) {
  const listeners = new Map<string, Listener>();
  const caches = fakeCaches(options.caches);
  const self = {
    location: { origin: "https://mail.example" },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
    tegamiShell: undefined as unknown,
  };
  const context = vm.createContext({
    self,
    caches,
    URL,
    Response,
    Promise,
    importScripts: () => {
      if (options.build === null) throw new Error("NetworkError");
      self.tegamiShell = options.build;
    },
    fetch: async (request: Request) => {
      if (options.network === "down") throw new TypeError("Failed to fetch");
      const status = options.network === 502 ? 502 : 200;
      return new Response(`network ${new URL(request.url).pathname}`, { status });
    },
  });
  vm.runInContext(source, context);

  async function dispatch(type: string, request?: Request): Promise<Response | undefined> {
    const pending: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    listeners.get(type)?.({
      request,
      waitUntil: (promise) => pending.push(promise),
      respondWith: (answer) => (response = answer),
    });
    await Promise.all(pending);
    return response;
  }
  const navigate = (url: string, destination = "document") =>
    dispatch("fetch", {
      url: `https://mail.example${url}`,
      method: "GET",
      mode: "navigate",
      destination,
    } as unknown as Request);
  const get = (url: string) =>
    dispatch("fetch", {
      url: `https://mail.example${url}`,
      method: "GET",
      mode: "no-cors",
      destination: "script",
    } as unknown as Request);
  return { caches, dispatch, navigate, get };
}

const build = { build: "b2", assets: ["/offline", "/_next/static/chunks/app.js"] };

describe("the service worker's shell cache", () => {
  it("caches the build's shell under its build id when it installs", async () => {
    const worker = runWorker({ build, caches: {}, network: "up" });
    await worker.dispatch("install");
    expect([...(worker.caches.stores.get("tegami-shell-b2")?.keys() ?? [])]).toEqual(build.assets);
  });

  it("deletes every other build's shell on activate, and nothing that is not a shell", async () => {
    const worker = runWorker({
      build,
      caches: {
        "tegami-shell-b1": { "/offline": "old" },
        "tegami-shell-b2": {},
        "another-app": {},
      },
      network: "up",
    });
    await worker.dispatch("activate");
    expect((await worker.caches.keys()).sort()).toEqual(["another-app", "tegami-shell-b2"]);
  });

  it("caches nothing without a build (development)", async () => {
    const worker = runWorker({ build: null, caches: {}, network: "down" });
    await worker.dispatch("install");
    expect(await worker.caches.keys()).toEqual([]);
    expect(await worker.get("/_next/static/chunks/app.js")).toBeUndefined();
  });
});

describe("the service worker's answers", () => {
  const cached = {
    "tegami-shell-b2": { "/offline": "offline page", "/_next/static/chunks/app.js": "js" },
  };

  it("answers a mail or compose page from the network while there is one", async () => {
    const worker = runWorker({ build, caches: cached, network: "up" });
    expect(await (await worker.navigate("/mail/INBOX"))?.text()).toBe("network /mail/INBOX");
  });

  it("answers mail and compose addresses with the offline page when the network fails", async () => {
    const worker = runWorker({ build, caches: cached, network: "down" });
    for (const url of ["/mail/INBOX", "/mail/INBOX/12?page=2", "/compose", "/"])
      expect(await (await worker.navigate(url))?.text()).toBe("offline page");
  });

  it("answers with the offline page when a proxy says Tegami is unreachable (502)", async () => {
    const worker = runWorker({ build, caches: cached, network: 502 });
    expect(await (await worker.navigate("/mail/INBOX"))?.text()).toBe("offline page");
    expect((await worker.navigate("/login"))?.status).toBe(502);
  });

  it("lets other pages fail offline (sign-in cannot work without the server)", async () => {
    const worker = runWorker({ build, caches: cached, network: "down" });
    await expect(worker.navigate("/login")).rejects.toThrow("Failed to fetch");
  });

  it("serves the build's static files from its cache, and leaves API calls alone", async () => {
    const worker = runWorker({ build, caches: cached, network: "down" });
    expect(await (await worker.get("/_next/static/chunks/app.js"))?.text()).toBe("js");
    expect(await worker.get("/api/mail/INBOX/envelopes?page=1")).toBeUndefined();
  });
});
