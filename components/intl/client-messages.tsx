// Client components receive only the messages they use. The root provider used to send every
// namespace (~35 kB, about 60 % of an empty page) with every page; now each page wraps its client
// components in the namespaces they read. `i18n/client-messages.test.ts` checks the lists.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/i18n/messages";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
