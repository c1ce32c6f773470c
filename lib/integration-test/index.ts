export * from "./catalogue";
export * from "./evaluate";
export * from "./report";
