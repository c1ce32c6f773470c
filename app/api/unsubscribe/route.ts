// RFC 8058 one-click unsubscribe (List-Unsubscribe-Post), and the confirm button of /unsubscribe.
// The token (query string) names one person and one category; only that preference turns off.
import { NextResponse } from "next/server";
import { db } from "@/lib/server/db";
import { unsubscribe } from "@/lib/server/notifications/preferences";

export async function POST(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const form = await request.formData().catch(() => null);
  const done = await unsubscribe(db, token);
  if (form?.get("from") === "page") {
    const back = new URL("/unsubscribe", request.url);
    back.searchParams.set("token", token);
    if (done) back.searchParams.set("done", "1");
    return NextResponse.redirect(back, 303);
  }
  return done ? new NextResponse("Unsubscribed\n", { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } }) : NextResponse.json({ error: "Invalid token" }, { status: 400 });
}

/** A GET (a link followed by hand or by a scanner) changes nothing: it is sent to the page that asks. */
export function GET(request: Request) {
  const url = new URL(request.url);
  const page = new URL("/unsubscribe", request.url);
  page.searchParams.set("token", url.searchParams.get("token") ?? "");
  return NextResponse.redirect(page, 303);
}
