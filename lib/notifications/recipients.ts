// Who gets what (issue 14). Pure: the server reads the people, these functions choose among them.
// The person who acted is never told about their own action.

export type TId = string;

const unique = (ids: Iterable<TId>, except?: TId | null): TId[] => [...new Set(ids)].filter((id) => id !== except);

/** Bits for an institution: its responsible coordinator where Ajour knows one, else every coordinator. */
export function bitsFor(opts: { responsibleCoordinatorId: TId | null; coordinators: TId[] }): TId[] {
  return opts.responsibleCoordinatorId ? [opts.responsibleCoordinatorId] : unique(opts.coordinators);
}

/** A step sent to Bits for review → the coordinators. */
export function reviewSentRecipients(opts: { responsibleCoordinatorId: TId | null; coordinators: TId[]; actorId: TId }): TId[] {
  return unique(bitsFor(opts), opts.actorId);
}

/** A review approved or returned → the institution's members who worked on the step, and its owners. */
export function reviewDecidedRecipients(opts: { workedOnStep: TId[]; members: TId[]; owners: TId[]; actorId: TId }): TId[] {
  const members = new Set(opts.members);
  return unique([...opts.workedOnStep.filter((id) => members.has(id)), ...opts.owners], opts.actorId);
}

/**
 * A comment → everyone who edited or commented on the step; a person named with `@` gets a
 * mention instead of the plain comment notice (one notice each). Mentions count only among the
 * people who may see the step (`mentionable`).
 */
export function commentRecipients(opts: { participants: TId[]; mentioned: TId[]; mentionable: TId[]; actorId: TId }): { comment: TId[]; mention: TId[] } {
  const allowed = new Set(opts.mentionable);
  const mention = unique(opts.mentioned.filter((id) => allowed.has(id)), opts.actorId);
  const mentioned = new Set(mention);
  return { comment: unique(opts.participants, opts.actorId).filter((id) => !mentioned.has(id)), mention };
}

/** A step due in 3 days or overdue → the institution's members responsible for it (those who
 * worked on it, else all members); Bits get a copy for their digest only. */
export function dueRecipients(opts: { workedOnStep: TId[]; members: TId[]; responsibleCoordinatorId: TId | null; coordinators: TId[] }): { members: TId[]; bitsDigest: TId[] } {
  const memberSet = new Set(opts.members);
  const worked = opts.workedOnStep.filter((id) => memberSet.has(id));
  const members = unique(worked.length > 0 ? worked : opts.members);
  return { members, bitsDigest: unique(bitsFor(opts)).filter((id) => !members.includes(id)) };
}

/** A certificate expiring → the institution's owners and the coordinators. */
export function certificateRecipients(opts: { owners: TId[]; responsibleCoordinatorId: TId | null; coordinators: TId[] }): TId[] {
  return unique([...opts.owners, ...bitsFor(opts)]);
}

/** The days before expiry a reminder goes out. */
export const CERTIFICATE_REMINDER_DAYS = [90, 60, 30, 7] as const;
/** Days before a due date the reminder goes out. */
export const DUE_SOON_DAYS = 3;
