import { Options } from '@/components/ui/options';

/** A member of the workspace, as the admin's member pickers list them. */
export type MemberChoice = { userId: string; name: string; email: string };

/** Chooses one member (name — email) for an admin's command about them; `onChange` gets the member's id. */
export function MemberSelect({
  id,
  label,
  members,
  value,
  onChange,
}: {
  id: string;
  label: string;
  members: readonly MemberChoice[];
  value: string;
  onChange: (userId: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <Options items={members.map((m) => ({ value: m.userId, label: `${m.name} — ${m.email}` }))} />
      </select>
    </div>
  );
}
