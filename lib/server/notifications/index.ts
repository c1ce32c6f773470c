// Notifications (issue 14): the server side. `notify(tx, …)` is the entry point for new events.
export { notify, withoutNotifications, type TNotifyInput } from "./notify";
export { notifyComment, notifyInvitationAccepted, notifyMembership, notifyReviewDecided, notifyReviewSent, mentionCandidates } from "./events";
export { dispatchOutbox } from "./dispatch";
export { runScheduled } from "./scheduler";
