import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/api/read-json-body";

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://127.0.0.1/api/x", {
    method: "POST",
    body,
    headers,
    // Node's Request needs this for a streamed body.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

describe("readJsonBody", () => {
  it("parses JSON within the limit", async () => {
    await expect(readJsonBody(post('{"a":[1,2]}'), 100)).resolves.toEqual({ a: [1, 2] });
  });

  it("refuses a declared length over the limit without reading", async () => {
    await expect(readJsonBody(post("{}", { "content-length": "1000" }), 100)).rejects.toMatchObject(
      { code: "TOO_LARGE", status: 413 },
    );
  });

  it("stops reading a stream that grows past the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode(`"${"x".repeat(62)}",`));
      },
    });
    await expect(readJsonBody(post(endless), 1000)).rejects.toMatchObject({ code: "TOO_LARGE" });
    expect(pulled).toBeLessThan(40);
  });

  it("answers malformed JSON as invalid input", async () => {
    await expect(readJsonBody(post("{nope"), 100)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
