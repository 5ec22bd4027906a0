/**
 * The two demo identities the access-control matrix adds (lib/seed/security.ts seeds them with the
 * demo password): a partner of ANOTHER partnership (Tamboura) in the département's workspace, and
 * a member of another workspace only (editor of Nioro-Kaya). No imports: Playwright reads it too.
 */
export const SECURITY_ACCOUNTS = {
  otherPartner: { email: 'partner2@demo.filrouge.eu', name: 'Issa Ouédraogo' },
  outsider: { email: 'outsider@demo.filrouge.eu', name: 'Fatou Sarr' },
} as const;
