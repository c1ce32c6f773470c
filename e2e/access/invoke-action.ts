import type { APIRequestContext } from "@playwright/test";

/**
 * Calls a server action the way Next's client does: POST to a page with the action id in the
 * `Next-Action` header and the arguments encoded as React's reply FormData (a FormData argument
 * becomes "$K1" and its fields "_1_<name>"). `withPrevState` for useActionState actions.
 */
export async function invokeAction(
  request: APIRequestContext,
  opts: { pagePath: string; actionId: string; fields: Record<string, string | File>; boundArgs?: string[]; withPrevState: boolean },
): Promise<{ status: number; result: unknown }> {
  // bound arguments (e.g. an institution id) come first: a caller controls them as much as the form
  const args = [...(opts.boundArgs ?? []), ...(opts.withPrevState ? [null] : []), "$K1"];
  // The form's fields must come before the root row "0": React resolves the root as soon as it
  // arrives, and a FormData argument referenced before its fields would be read empty.
  const multipart = new FormData();
  for (const [k, v] of Object.entries(opts.fields)) multipart.append(`_1_${k}`, v);
  multipart.append("0", JSON.stringify(args));
  const res = await request.post(opts.pagePath, {
    headers: { "Next-Action": opts.actionId, Accept: "text/x-component" },
    multipart,
    maxRedirects: 0,
  });
  const text = await res.text();
  // The RSC payload's row 1 holds the action's return value.
  const row = text.split("\n").find((l) => l.startsWith("1:"));
  let result: unknown = undefined;
  try {
    result = row ? JSON.parse(row.slice(2)) : undefined;
  } catch {
    result = row?.slice(2);
  }
  return { status: res.status(), result };
}
