// Benchmark of notifications (issue 14; prints figures, asserts nothing):
//  1. the daily run for everyone (due-date reminders + the daily digest) with 500 institutions,
//     50 coordinators and 2,000 people, on PostgreSQL (TEST_DATABASE_URL, recreated);
//  2. a step save with a comment and its notifications against the same save without them
//     (withoutNotifications), alternating in one run: the ratio of the medians.
// Targets: the digest run under 30 s; the save with notifications within 1.5× the save without.
// Run: npm run bench:notify   (TEST_DATABASE_URL=postgresql://… to choose the database)
import { performance } from "node:perf_hooks";
import { openFreshDatabase } from "../lib/server/testing/test-databases";
import { runScheduled } from "../lib/server/notifications/scheduler";
import { withoutNotifications } from "../lib/server/notifications/notify";
import { updateStep } from "../lib/server/checklist/update-step";
import type { CoreActor } from "../lib/server/access/require-access";

const INSTITUTIONS = 500;
const COORDINATORS = 50;
const PEOPLE = 2000;
const SAVES = Number(process.env.NOTIFY_BENCH_SAVES ?? 150);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  process.env.SMTP_URL ??= "smtp://127.0.0.1:2525"; // e-mails are queued (not sent) as with SMTP set up
  process.env.NEXTAUTH_URL ??= "https://ajour.example.no";
  const t = await openFreshDatabase("postgresql");
  const db = t.prisma;
  console.log(`notify bench on PostgreSQL: ${INSTITUTIONS} institutions, ${COORDINATORS} coordinators, ${PEOPLE} people`);
  let started = performance.now();

  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  await db.user.createMany({ data: Array.from({ length: COORDINATORS }, (_, i) => ({ id: `coord-${pad(i, 3)}`, email: `koordinator${i}@bench.example`, name: `Koordinator ${i}`, role: "COORDINATOR" as const })) });
  await db.institution.createMany({
    data: Array.from({ length: INSTITUTIONS }, (_, i) => ({ id: `inst-${pad(i, 4)}`, orgnr: pad(900000000 + i, 9), name: `Pensjonskasse ${pad(i, 4)}`, responsibleCoordinatorId: i % 3 === 0 ? null : `coord-${pad(i % COORDINATORS, 3)}` })),
  });
  await db.user.createMany({ data: Array.from({ length: PEOPLE }, (_, i) => ({ id: `person-${pad(i, 4)}`, email: `person${i}@bench.example`, name: `Person ${i}`, locale: i % 4 === 0 ? "en" : "nb" })) });
  // four people per institution: one owner, three members
  await db.membership.createMany({ data: Array.from({ length: PEOPLE }, (_, i) => ({ userId: `person-${pad(i, 4)}`, institutionId: `inst-${pad(Math.floor(i / 4), 4)}`, memberRole: i % 4 === 0 ? ("OWNER" as const) : ("MEMBER" as const) })) });
  // every institution: a step due in 3 days and one just overdue; every person: a day's worth of
  // digest notifications (comments set to the daily digest)
  const day = "2026-12-02";
  await db.institutionStep.createMany({
    data: Array.from({ length: INSTITUTIONS }, (_, i) => [
      { institutionId: `inst-${pad(i, 4)}`, stepKey: "C-4", status: "IN_PROGRESS" as const, dueDate: new Date("2026-12-05T00:00:00Z"), version: 1 },
      { institutionId: `inst-${pad(i, 4)}`, stepKey: "A-6", status: "IN_PROGRESS" as const, dueDate: new Date("2026-12-01T00:00:00Z"), version: 1 },
    ]).flat(),
  });
  const digestRows = Array.from({ length: PEOPLE * 3 }, (_, i) => {
    const p = i % PEOPLE;
    return { userId: `person-${pad(p, 4)}`, category: "COMMENT", kind: "comment", params: { actor: "Noen", institution: `Pensjonskasse ${pad(Math.floor(p / 4), 4)}`, stepKey: "B-2", excerpt: `Kommentar ${i}` }, link: `/institutions/inst-${pad(Math.floor(p / 4), 4)}/steps/B-2`, institutionId: `inst-${pad(Math.floor(p / 4), 4)}`, stepKey: "B-2", digest: "DAILY", createdAt: new Date("2026-12-01T12:00:00Z") };
  });
  for (let i = 0; i < digestRows.length; i += 2000) await db.notification.createMany({ data: digestRows.slice(i, i + 2000) });
  console.log(`seeded in ${ms(performance.now() - started)}`);

  // 1. the daily run for everyone
  started = performance.now();
  const run = await runScheduled({ db, now: new Date(`${day}T06:30:00Z`), only: ["due-reminders", "daily-digest"] });
  const digestMs = performance.now() - started;
  const queued = await db.outboxMessage.count();
  console.log(`daily run (due reminders + daily digest): ${ms(digestMs)} — reminders ${run["due-reminders"]}, digest e-mails ${run["daily-digest"]}, outbox rows ${queued} (target < 30 000 ms)`);

  // 2. a step save with a comment: with its notifications vs without, alternating
  const institutionId = "inst-0001";
  const actorRow = await db.user.findUniqueOrThrow({ where: { id: "person-0004" } });
  const actor: CoreActor & { name: string } = { id: actorRow.id, email: actorRow.email, name: actorRow.name, role: "INSTITUTION_USER", memberships: [{ institutionId, memberRole: "OWNER" }] };
  // others have worked on the step: a comment notifies three people and mentions a coordinator
  for (const p of ["person-0005", "person-0006", "person-0007"]) await db.stepComment.create({ data: { institutionId, stepKey: "C-4", authorId: p, body: "tidligere" } });
  let version = 1;
  const save = async (i: number) => {
    const r = await updateStep({ db, actor, institutionId, stepKey: "C-4", expectedVersion: version, evidence: { note: `runde ${i}` }, comment: `Oppdatert @Koordinator 1 (${i})`, idempotencyKey: `bench-${i}`, today: day });
    version = r.version;
  };
  for (let i = 0; i < 20; i++) await (i % 2 ? save(i) : withoutNotifications(() => save(i))); // warm-up
  const withN: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < SAVES * 2; i++) {
    const t0 = performance.now();
    if (i % 2 === 0) await save(1000 + i);
    else await withoutNotifications(() => save(1000 + i));
    (i % 2 === 0 ? withN : without).push(performance.now() - t0);
  }
  const a = median(withN);
  const b = median(without);
  const created = await db.notification.count({ where: { stepKey: "C-4", institutionId } });
  console.log(`step save with a comment (median of ${SAVES} each): with notifications ${ms(a)}, without ${ms(b)}, ratio ${(a / b).toFixed(2)}× (target ≤ 1.5×); ${created} notifications written`);
  await t.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
