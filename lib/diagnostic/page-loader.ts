import 'server-only';
import { cache } from 'react';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { getDiagnosticView } from '@/lib/diagnostic/queries';
import { AppError } from '@/lib/errors';
import { forbidden, notFound } from 'next/navigation';

/**
 * The diagnostic a page shows, for the signed-in member, once per request: 404 when it is not in
 * the workspace, 403 when the caller may not see it (a reviewer and a diagnostic in progress).
 */
export const loadDiagnosticPage = cache(async (slug: string, diagnosticId: string) => {
  const ctx = await requirePageMember(slug, 'diagnostic.read');
  try {
    return { ctx, view: getDiagnosticView(db, ctx, diagnosticId) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    if (error instanceof AppError && error.code === 'forbidden') forbidden();
    throw error;
  }
});
