// A real SMTP server for tests (issue 14): smtp-server accepts mail on a local port, mailparser
// reads what arrived. `down()` closes the port (connections refused), `up()` opens it again on the
// same port; `failNext(n)` answers the next n messages with a temporary error.
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface TReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: ParsedMail["headers"];
  /** the header lines as sent, by lower-case name (mailparser folds List-* into one "list" object) */
  rawHeaders: Record<string, string>;
  raw: string;
}

export interface TSmtpTestServer {
  port: number;
  url: string;
  received: TReceivedMail[];
  down(): Promise<void>;
  up(): Promise<void>;
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startSmtpTestServer(port = 0): Promise<TSmtpTestServer> {
  const received: TReceivedMail[] = [];
  let failing = 0;
  let server: SMTPServer | null = null;
  const make = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", async () => {
          if (failing > 0) {
            failing--;
            const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString("utf8");
          const parsed = await simpleParser(raw);
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            messageId: parsed.messageId ?? "",
            headers: parsed.headers,
            rawHeaders: Object.fromEntries(parsed.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()])),
            raw,
          });
          callback();
        });
      },
    });
  const listen = (p: number) =>
    new Promise<number>((resolve, reject) => {
      server = make();
      server.once("error", reject);
      server.listen(p, "127.0.0.1", () => resolve((server!.server.address() as { port: number }).port));
    });
  const actual = await listen(port);
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    received,
    down: async () => {
      await stop();
      server = null;
    },
    up: async () => {
      await listen(actual);
    },
    failNext: (n) => {
      failing = n;
    },
    close: stop,
  };
}
