import { describe, expect, it } from "vitest";
import { replySubject } from "@/lib/compose/reply-subject";

describe("replySubject", () => {
  it.each([
    ["Lunch", "reply", "Re: Lunch"],
    ["Re: Lunch", "reply", "Re: Lunch"],
    ["RE: Re: re: Lunch", "replyAll", "Re: Lunch"],
    ["Fwd: Re: Lunch", "reply", "Re: Lunch"],
    ["Re: Lunch", "forward", "Fwd: Lunch"],
    ["FW: Lunch", "forward", "Fwd: Lunch"],
    ["AW: WG: Termin", "reply", "Re: Termin"],
    ["Sv: Vs: Møte", "reply", "Re: Møte"],
    ["Re[2]: Lunch", "reply", "Re: Lunch"],
    ["RE : Déjeuner", "reply", "Re: Déjeuner"],
    ["返信: 転送: 会議について", "reply", "Re: 会議について"],
    ["Re：会議", "reply", "Re: 会議"],
    ["[tegami-dev] Re: Build broken", "reply", "Re: [tegami-dev] Build broken"],
    ["Re: [tegami-dev] Re: [tegami-dev] Build broken", "reply", "Re: [tegami-dev] Build broken"],
    ["[WIP]", "reply", "Re: [WIP]"],
    ["", "reply", "Re:"],
    ["Regarding the plan", "reply", "Re: Regarding the plan"],
    ["Line\r\nBcc: x@y", "reply", "Re: Line Bcc: x@y"],
  ] as const)("%j (%s) -> %j", (subject, mode, expected) => {
    expect(replySubject(subject, mode)).toBe(expected);
  });
});
