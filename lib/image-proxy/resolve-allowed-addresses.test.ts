import { describe, expect, it, vi } from "vitest";
import { ImageProxyError } from "@/lib/image-proxy/image-proxy-error";
import { resolveAllowedAddresses } from "@/lib/image-proxy/resolve-allowed-addresses";

const resolver = (...addresses: string[]) => vi.fn(async () => addresses);

async function refused(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImageProxyError);
  return (error as ImageProxyError).code;
}

describe("resolveAllowedAddresses", () => {
  it("keeps the public addresses a name resolves to", async () => {
    const resolve = resolver("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
    const url = new URL("https://images.example.com/a.png");
    expect(await resolveAllowedAddresses(url, [], resolve)).toEqual([
      "93.184.215.14",
      "2606:2800:21f:cb07:6820:80da:af6b:8b2c",
    ]);
    expect(resolve).toHaveBeenCalledWith("images.example.com");
  });

  it("drops the private addresses among public ones", async () => {
    const url = new URL("http://mixed.example.com/a.png");
    const resolve = resolver("127.0.0.1", "8.8.8.8", "::1");
    expect(await resolveAllowedAddresses(url, [], resolve)).toEqual(["8.8.8.8"]);
  });

  it("refuses a name with only private addresses, or none", async () => {
    const url = new URL("http://inside.example.com/a.png");
    expect(await refused(resolveAllowedAddresses(url, [], resolver("10.1.1.1")))).toBe(
      "REFUSED_ADDRESS",
    );
    expect(await refused(resolveAllowedAddresses(url, [], resolver()))).toBe("REFUSED_ADDRESS");
  });

  it("checks IP literals without asking DNS", async () => {
    const resolve = resolver("8.8.8.8");
    expect(await resolveAllowedAddresses(new URL("http://1.1.1.1/"), [], resolve)).toEqual([
      "1.1.1.1",
    ]);
    expect(await refused(resolveAllowedAddresses(new URL("http://[::1]/"), [], resolve))).toBe(
      "REFUSED_ADDRESS",
    );
    expect(resolve).not.toHaveBeenCalled();
  });

  it("allows a listed address on its port only, default ports included", async () => {
    const allow = ["127.0.0.1:31180", "10.0.0.5:80", "[::1]:8443"];
    const check = (url: string) => resolveAllowedAddresses(new URL(url), allow, resolver());
    expect(await check("http://127.0.0.1:31180/a.png")).toEqual(["127.0.0.1"]);
    expect(await check("http://10.0.0.5/a.png")).toEqual(["10.0.0.5"]);
    expect(await check("https://[::1]:8443/a.png")).toEqual(["::1"]);
    expect(await refused(check("http://127.0.0.1:31181/a.png"))).toBe("REFUSED_ADDRESS");
    expect(await refused(check("https://10.0.0.5/a.png"))).toBe("REFUSED_ADDRESS");
  });

  it("allows a listed name whatever it resolves to, and a name resolving to a listed address", async () => {
    const url = new URL("https://intranet.example.com/logo.png");
    expect(
      await resolveAllowedAddresses(url, ["intranet.example.com:443"], resolver("10.9.8.7")),
    ).toEqual(["10.9.8.7"]);
    const other = new URL("http://images.test:31180/a.png");
    expect(
      await resolveAllowedAddresses(other, ["127.0.0.1:31180"], resolver("127.0.0.1", "10.0.0.1")),
    ).toEqual(["127.0.0.1"]);
  });

  it("matches allow entries written in other IPv6 spellings", async () => {
    const url = new URL("http://[0:0:0:0:0:0:0:1]:8080/a.png");
    expect(await resolveAllowedAddresses(url, ["[0::1]:8080"], resolver())).toEqual(["::1"]);
  });
});
