import { describe, expect, it } from "vitest";
import { pageSlice } from "@/lib/search/page-slice";

describe("pageSlice", () => {
  it("slices 50 a page and clamps the page", () => {
    expect(pageSlice(120, 1)).toEqual({ page: 1, pageCount: 3, start: 0, end: 50 });
    expect(pageSlice(120, 3)).toEqual({ page: 3, pageCount: 3, start: 100, end: 120 });
    expect(pageSlice(120, 9)).toMatchObject({ page: 3 });
    expect(pageSlice(120, 0)).toMatchObject({ page: 1 });
    expect(pageSlice(0, 1)).toEqual({ page: 1, pageCount: 1, start: 0, end: 0 });
  });
});
