// Web Worker of the bulk check: reads the uploaded file as a stream and posts progress and the
// result (lib/test-panel/bulk-run.ts does the work, so it also runs in the page as a fallback).
import { runBulk, type BulkMessage } from "@/lib/test-panel/bulk-run";

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ file: File }>) => void) | null;
  postMessage(message: BulkMessage): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { file } = e.data;
  void runBulk(file.stream(), file.size, (m) => scope.postMessage(m));
};
