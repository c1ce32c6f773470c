export * from "./owner-filter";
export * from "./sort";
export * from "./view-query";
