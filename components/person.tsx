// One way to show a person (name, e-mail address as secondary text) and an e-mail address
// (breaks only after "@" and before "." — never mid-word, not even at a hyphen: each part is
// nowrap, the <wbr> between them the only break). No hooks: server and client use it.
import { Fragment } from "react";
import { Avatar } from "@/components/ds";
import { emailBreakParts, initials, personLabel, personSecondary, type TPerson } from "@/lib/format/person";

export function EmailAddress({ email }: { email: string }) {
  const parts = emailBreakParts(email);
  return (
    <span className="email">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span className="whitespace-nowrap">{p}</span>
        </Fragment>
      ))}
    </span>
  );
}

/** The person's name; with `withEmail`, their address on a second, smaller line. */
export function Person({ person, systemLabel, withEmail = false }: { person: TPerson; systemLabel: string; withEmail?: boolean }) {
  const secondary = withEmail ? personSecondary(person) : null;
  const label = personLabel(person, systemLabel);
  return (
    <span className="person">
      <span className="font-medium">{person.kind === "user" && !person.name && person.email ? <EmailAddress email={person.email} /> : label}</span>
      {secondary && (
        <span className="block text-xs text-slate-700">
          <EmailAddress email={secondary} />
        </span>
      )}
    </span>
  );
}

/** A person shown prominently (member lists): initials in a Designsystemet Avatar, then the name
 *  and, with `withEmail`, the address under it. Tables keep the plain `Person`. */
export function PersonWithAvatar({ person, systemLabel, withEmail = false }: { person: TPerson; systemLabel: string; withEmail?: boolean }) {
  return (
    <span className="flex items-center gap-2">
      <Avatar aria-hidden data-size="sm" className="shrink-0">{initials(personLabel(person, systemLabel))}</Avatar>
      <Person person={person} systemLabel={systemLabel} withEmail={withEmail} />
    </span>
  );
}
