// Client components receive only the messages they use. The root provider used to send every
// namespace (~35 kB, about 60 % of an empty page) with every page; now each page wraps its client
// components in the namespaces they read. `i18n/client-messages.test.ts` checks the lists.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/i18n/messages";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  // a nested provider replaces the root's messages: the shared form feedback ("feedback": Avbryt,
  // Lukk, Lagrer …) goes with every set, as the forms' dialogs and buttons read it
  const all = namespaces.includes("feedback") ? namespaces : [...namespaces, "feedback"];
  return <NextIntlClientProvider messages={pickMessages(messages, all)}>{children}</NextIntlClientProvider>;
}
