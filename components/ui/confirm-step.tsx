import { useState, type ReactNode } from 'react';

/** Whether a ConfirmStep awaits its second click, kept by the caller (to close it after its action): spread it into the ConfirmStep. */
export function useConfirmState() {
  const [confirming, setConfirming] = useState(false);
  return { confirming, setConfirming };
}

type ConfirmStepProps = {
  /** Whether the second click is awaited; the caller keeps it (to close the step after its action). */
  confirming: boolean;
  setConfirming: (confirming: boolean) => void;
  /** What the second click does, and whether it is running; or `run`, the mutation that does both. */
  onConfirm?: () => void;
  pending?: boolean;
  run?: { mutate: () => void; isPending: boolean };
  /** The first button: its text, and its name for assistive technologies when the text is not enough. */
  label: ReactNode;
  accessibleLabel?: string;
  /** Said before the confirming button (what is about to happen), if anything. */
  prompt?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: string;
  /** The first button's look; cancelling looks the same (`ghost` after a `danger` first button). */
  tone?: 'ghost' | 'secondary' | 'danger';
  small?: boolean;
  /** A class for a box around the two confirming buttons (`inline-form` where they sit in running text). */
  pairClass?: string;
};

/** A destructive command in two clicks: the first asks, the second (red) does it, or cancel goes back. */
export function ConfirmStep({
  confirming,
  setConfirming,
  run,
  onConfirm = () => run?.mutate(),
  pending = run?.isPending ?? false,
  label,
  accessibleLabel,
  prompt,
  confirmLabel,
  cancelLabel,
  tone = 'ghost',
  small = false,
  pairClass,
}: ConfirmStepProps) {
  const size = small ? ' small' : '';
  if (!confirming) {
    return (
      <button type="button" className={`button ${tone}${size}`} onClick={() => setConfirming(true)} aria-label={accessibleLabel}>
        {label}
      </button>
    );
  }
  const pair = (
    <>
      {prompt}
      <button type="button" className={`button danger${size}`} onClick={onConfirm} disabled={pending}>
        {confirmLabel}
      </button>
      <button type="button" className={`button ${tone === 'secondary' ? 'secondary' : 'ghost'}${size}`} onClick={() => setConfirming(false)}>
        {cancelLabel}
      </button>
    </>
  );
  return pairClass ? <span className={pairClass}>{pair}</span> : pair;
}
