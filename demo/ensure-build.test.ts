import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildNeeded } from "./ensure-build.mjs";

const roots: string[] = [];
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tegami-build-"));
  roots.push(root);
  fs.mkdirSync(path.join(root, "lib"));
  fs.writeFileSync(path.join(root, "lib", "a.ts"), "export {};\n");
  return root;
}
const age = (file: string, seconds: number) => {
  const when = new Date(Date.now() - seconds * 1000);
  fs.utimesSync(file, when, when);
};

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe("buildNeeded", () => {
  it("builds when there is no build, or the sources are newer, and not otherwise", () => {
    const root = project();
    expect(buildNeeded(root)).toBe("no build yet");

    fs.mkdirSync(path.join(root, ".next"));
    const id = path.join(root, ".next", "BUILD_ID");
    fs.writeFileSync(id, "x");
    age(path.join(root, "lib", "a.ts"), 60);
    age(path.join(root, "lib"), 60);
    expect(buildNeeded(root)).toBeNull();

    age(id, 120);
    expect(buildNeeded(root)).toBe("the sources changed since the last build");
  });
});
