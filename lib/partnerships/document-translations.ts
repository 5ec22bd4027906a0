import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sectionTranslations } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { currentDocumentState } from '@/lib/collab/persistence';
import { translationDocumentName } from '@/lib/collab/names';
import { plainText, richTextToHtml } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { translatorFor } from '@/lib/strategy-document/render';
import type { DocumentSnapshot, WrittenSnapshot } from '@/lib/strategy-document/types';
import { normalizeText } from './translation-state';

/** The language the authority writes its document in (a French local or regional government). */
export const ORIGINAL_LANGUAGE: Locale = 'fr';

/** The default outline's chapter titles in French, keyed back to their message (to give them in another language). */
function defaultTitleKeys(): Map<string, string> {
  const fr = translatorFor('fr');
  return new Map((['foreword', 'governance', 'partnerships', 'communication', 'evaluation'] as const).map((key) => [fr(`document.defaults.${key}`), key]));
}

/**
 * The snapshot as an export in `locale` gives it (issue 17, point 6): a written section whose
 * translation into that language exists and still follows the exported text is replaced by it;
 * any other says so (`translation: 'missing' | 'outOfDate'`) and keeps its original, marked with
 * its language. The default outline's chapter titles take the language's own.
 */
export function withTranslations(tx: Tx, ctx: MemberContext, snapshot: DocumentSnapshot, locale: Locale): DocumentSnapshot {
  if (locale === ORIGINAL_LANGUAGE) return snapshot;
  const written = snapshot.sections.filter((s): s is WrittenSnapshot => s.kind === 'written');
  const rows = written.length
    ? tx
        .select({ sectionId: sectionTranslations.sectionId, sourceText: sectionTranslations.sourceText })
        .from(sectionTranslations)
        .where(
          and(
            eq(sectionTranslations.workspaceId, ctx.workspaceId),
            eq(sectionTranslations.language, locale),
            inArray(
              sectionTranslations.sectionId,
              written.map((s) => s.id),
            ),
          ),
        )
        .all()
    : [];
  const bySection = new Map(rows.map((r) => [r.sectionId, r]));
  const titles = defaultTitleKeys();
  const t = translatorFor(locale);
  return {
    ...snapshot,
    sections: snapshot.sections.map((section) => {
      if (section.kind !== 'written') return section;
      const titleKey = titles.get(section.title);
      const title = titleKey ? t(`document.defaults.${titleKey}` as never) : section.title;
      const titleLang = titleKey ? locale : ORIGINAL_LANGUAGE;
      const row = bySection.get(section.id);
      if (!row || !section.text.trim())
        return { ...section, title, titleLang, lang: ORIGINAL_LANGUAGE, translation: section.text.trim() ? 'missing' : undefined };
      if (normalizeText(row.sourceText) !== normalizeText(section.text))
        return { ...section, title, titleLang, lang: ORIGINAL_LANGUAGE, translation: 'outOfDate' };
      const content = contentFromYState(currentDocumentState(translationDocumentName(section.id, locale), tx));
      const text = plainText(content);
      if (!text.trim()) return { ...section, title, titleLang, lang: ORIGINAL_LANGUAGE, translation: 'missing' };
      return { ...section, title, titleLang, content, html: richTextToHtml(content), text, lang: locale };
    }),
  };
}
