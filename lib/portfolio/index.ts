// Portfolio analytics (issue 15): pure functions over the step history and current states.
export * from "./dates";
export * from "./forecast";
export * from "./funnel";
export * from "./history";
export * from "./insights";
export * from "./stats";
export * from "./step-defaults";
export * from "./timeline";
export * from "./working-days";
