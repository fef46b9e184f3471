import { describe, expect, it } from "vitest";
import { participantsSummary, shortName } from "@/lib/thread/participants-summary";

const bob = { name: "Bob Smith", address: "bob@example.test" };
const carol = { name: "", address: "carol@example.test" };
const lena = { name: "Lena", address: "Lena@Example.test" };
const dave = { name: "Dave", address: "dave@example.test" };
const erin = { name: "山田 花子", address: "erin@example.test" };

describe("shortName", () => {
  it("takes a display name's first word, else the address's local part", () => {
    expect(shortName(bob)).toBe("Bob");
    expect(shortName(carol)).toBe("carol");
    expect(shortName({ name: "  ", address: "x@y" })).toBe("x");
  });
});

describe("participantsSummary", () => {
  it("names the user `me`, whatever the case of the address", () => {
    expect(participantsSummary([bob, lena, carol], "lena@example.test", "me")).toBe(
      "Bob, me, carol",
    );
  });

  it("names each person once", () => {
    expect(participantsSummary([bob, lena, bob, lena], "lena@example.test", "自分")).toBe(
      "Bob, 自分",
    );
  });

  it("names four people, and of more only the first and the last three", () => {
    expect(participantsSummary([bob, lena, carol, dave], "lena@example.test", "me")).toBe(
      "Bob, me, carol, Dave",
    );
    expect(participantsSummary([bob, carol, dave, erin, lena], "lena@example.test", "me")).toBe(
      "Bob … Dave, 山田, me",
    );
  });

  it("is empty without participants", () => {
    expect(participantsSummary([], "lena@example.test", "me")).toBe("");
  });
});
