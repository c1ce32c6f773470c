import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";

/** Runs a use-case for a page; its NOT_FOUND becomes Next's 404. */
export async function orNotFound<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
