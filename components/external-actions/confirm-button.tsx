'use client';

import { ConfirmButton as SharedConfirmButton, type ConfirmButtonProps } from '@/components/ui/confirm-button';
import { useActionsMessage } from './use-message';

/** The shared ConfirmButton (components/ui/confirm-button.tsx), its refusals worded by the external actions' messages. */
export function ConfirmButton(props: Omit<ConfirmButtonProps, 'translate'>) {
  const message = useActionsMessage();
  return <SharedConfirmButton {...props} translate={message} />;
}
