import { describe, expect, it } from "vitest";
import {
  sessionAbsoluteSeconds,
  sessionIdleSeconds,
  sessionSecondsLeft,
} from "@/lib/auth/session-lifetime";

const signedInAt = 1_800_000_000;
const day = 24 * 60 * 60;

describe("sessionSecondsLeft", () => {
  it("is the idle timeout for a fresh session", () => {
    expect(sessionSecondsLeft(signedInAt, signedInAt)).toBe(sessionIdleSeconds);
    expect(sessionSecondsLeft(signedInAt, signedInAt + 20 * day)).toBe(sessionIdleSeconds);
  });

  it("never reaches past the absolute lifetime", () => {
    expect(sessionSecondsLeft(signedInAt, signedInAt + 27 * day)).toBe(3 * day);
    expect(sessionSecondsLeft(signedInAt, signedInAt + sessionAbsoluteSeconds)).toBe(0);
    expect(sessionSecondsLeft(signedInAt, signedInAt + 90 * day)).toBe(0);
  });

  it.each([undefined, null, "1800000000", Number.NaN, Infinity])(
    "ends a session whose start is %j",
    (value) => {
      expect(sessionSecondsLeft(value, signedInAt)).toBe(0);
    },
  );

  it("ends a session that claims to start in the future", () => {
    expect(sessionSecondsLeft(signedInAt + day, signedInAt)).toBe(0);
  });
});
