/**
 * Message namespaces every page hands to its client components: those of the shell (header,
 * language switch, workspace switcher, sign-out), of forms (validation, errors, conflicts) and of
 * the error pages. Pages whose client components need more name them in <ClientMessages>
 * (components/i18n/client-messages.tsx); lib/i18n/client-messages.test.ts checks nothing is missing.
 */
export const SHELL_NAMESPACES = ['shell', 'language', 'errors'] as const;
