import { describe, expect, it } from "vitest";
import { ariaSort, DEFAULT_DIR, matchesOwner, nextDir, normalizeViewQuery, ownerFilter, sameView, sortBy, sortHref } from ".";

describe("sortable headers", () => {
  it("marks only the sorted column, in its effective direction", () => {
    expect(ariaSort({ sort: "name" }, "name")).toBe("ascending");
    expect(ariaSort({ sort: "activity" }, "activity")).toBe("descending"); // its default
    expect(ariaSort({ sort: "name", dir: "desc" }, "name")).toBe("descending");
    expect(ariaSort({ sort: "name" }, "phase")).toBeUndefined();
    expect(ariaSort({ sort: "name" }, null)).toBeUndefined();
  });

  it("a click on the sorted column flips it; on another starts at that column's default", () => {
    expect(nextDir({ sort: "name" }, "name")).toBe("desc");
    expect(nextDir({ sort: "name", dir: "desc" }, "name")).toBe("asc");
    expect(nextDir({ sort: "name" }, "warnings")).toBe(DEFAULT_DIR.warnings);
    expect(nextDir({ sort: "activity" }, "activity")).toBe("asc");
  });

  it("links keep the filters, drop the page, and leave a default direction out", () => {
    const query = { q: "fjord", phase: "B", page: "3", sort: "name" };
    expect(sortHref("/overview", query, { sort: "name" }, "target")).toBe("/overview?q=fjord&phase=B&sort=target");
    expect(sortHref("/overview", query, { sort: "name" }, "name")).toBe("/overview?q=fjord&phase=B&sort=name&dir=desc");
    expect(sortHref("/overview", { sort: "name", dir: "desc" }, { sort: "name", dir: "desc" }, "name")).toBe("/overview?sort=name");
  });

  it("sorts in either direction and breaks ties in ascending order of the tie-breaker", () => {
    const rows = [{ n: "b", v: 1 }, { n: "a", v: 1 }, { n: "c", v: 2 }];
    const byV = (x: { v: number }, y: { v: number }) => x.v - y.v;
    const byN = (x: { n: string }, y: { n: string }) => x.n.localeCompare(y.n);
    expect(sortBy([...rows], byV, "asc", byN).map((r) => r.n)).toEqual(["a", "b", "c"]);
    expect(sortBy([...rows], byV, "desc", byN).map((r) => r.n)).toEqual(["c", "a", "b"]);
  });
});

describe("owner filter", () => {
  it("reads mine, none and an id", () => {
    expect(ownerFilter(undefined, "me")).toEqual({ kind: "any" });
    expect(ownerFilter("mine", "me")).toEqual({ kind: "user", id: "me" });
    expect(ownerFilter("none", "me")).toEqual({ kind: "none" });
    expect(ownerFilter("u2", "me")).toEqual({ kind: "user", id: "u2" });
  });
  it("matches rows", () => {
    expect(matchesOwner(null, { kind: "none" })).toBe(true);
    expect(matchesOwner("u1", { kind: "none" })).toBe(false);
    expect(matchesOwner("u1", { kind: "user", id: "u1" })).toBe(true);
    expect(matchesOwner(null, { kind: "user", id: "u1" })).toBe(false);
    expect(matchesOwner(null, { kind: "any" })).toBe(true);
  });
});

describe("a saved view's query", () => {
  it("keeps only the overview's parameters, in one order, without blanks, defaults or the page", () => {
    expect(normalizeViewQuery("?page=2&stale=on&q=+fjord+&utm=x&sort=name&phase=&owner=mine")).toBe("q=fjord&owner=mine&stale=on");
    expect(normalizeViewQuery({ sort: "activity", dir: "desc", overdue: "true" })).toBe("overdue=on&sort=activity");
    expect(normalizeViewQuery({ sort: "activity", dir: "asc" })).toBe("sort=activity&dir=asc");
  });
  it("drops values the overview would refuse", () => {
    expect(normalizeViewQuery("phase=Z&sort=random&dir=up&stale=no")).toBe("");
  });
  it("compares two URLs of one view as equal", () => {
    expect(sameView("stale=on&q=a", "q=a&stale=true&page=4")).toBe(true);
    expect(sameView("q=a", "q=b")).toBe(false);
  });
});
