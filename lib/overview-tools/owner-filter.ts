// Pure: the overview's and the Bits queue's filter by responsible coordinator. In the URL as
// `owner`: "mine" (the signed-in coordinator), "none" (nobody responsible yet) or a user id.
export type TOwnerFilter = { kind: "any" } | { kind: "none" } | { kind: "user"; id: string };

export function ownerFilter(value: string | undefined, actorId: string): TOwnerFilter {
  if (!value) return { kind: "any" };
  if (value === "none") return { kind: "none" };
  return { kind: "user", id: value === "mine" ? actorId : value };
}

export function matchesOwner(coordinatorId: string | null, f: TOwnerFilter): boolean {
  if (f.kind === "any") return true;
  if (f.kind === "none") return coordinatorId === null;
  return coordinatorId === f.id;
}
