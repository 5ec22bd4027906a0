import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { renderDocx, wordLanguage } from './docx';
import { contentFrom, richTextToHtml, plainText } from './rich-text';
import type { DocumentSnapshot, WrittenSnapshot } from './types';

function written(id: string, title: string, text: string, extra: Partial<WrittenSnapshot> = {}): WrittenSnapshot {
  const content = contentFrom([text]);
  return { id, kind: 'written', title, assigneeName: null, content, html: richTextToHtml(content), text: plainText(content), ...extra };
}

/** The run properties of the run holding `text` in the DOCX's body. */
function runOf(xml: string, text: string) {
  const at = xml.indexOf(`>${text}</w:t>`);
  expect(at, `"${text}" is in the document`).toBeGreaterThan(-1);
  const start = xml.lastIndexOf('<w:r>', at);
  return xml.slice(start, at);
}

describe('the DOCX marks text in another language than its own (issue 17, point 6)', () => {
  it('an English export: a chapter left in French and a title people wrote carry fr-FR; translated text carries no language of its own', async () => {
    const snapshot: DocumentSnapshot = {
      schemaVersion: 1,
      workspaceName: 'Val-d’Argence',
      takenAt: '2026-12-01T10:00:00.000Z',
      sections: [
        written('a', 'Foreword', 'Un avant-propos interne.', { lang: 'fr', titleLang: 'en', translation: 'missing' }),
        written('b', 'Gouvernance partagée', 'The partnership is governed by a steering committee.', { lang: 'en', titleLang: 'fr' }),
      ],
    };
    const xml = await (await JSZip.loadAsync(await renderDocx(snapshot, { locale: 'en', generatedAt: new Date() }))).file('word/document.xml')!.async('string');
    expect(runOf(xml, 'Un avant-propos interne.')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'Gouvernance partagée')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, '2. Gouvernance partagée')).toContain('<w:lang w:val="fr-FR"/>');
    expect(runOf(xml, 'The partnership is governed by a steering committee.')).not.toContain('<w:lang');
    expect(runOf(xml, 'Foreword')).not.toContain('<w:lang');
    const styles = await (
      await JSZip.loadAsync(await renderDocx(snapshot, { locale: 'en', generatedAt: new Date() }))
    )
      .file('word/styles.xml')!
      .async('string');
    expect(styles).toContain('w:val="en-GB"');
  });

  it('a French export marks nothing: its text is in the document’s language', async () => {
    const snapshot: DocumentSnapshot = {
      schemaVersion: 1,
      workspaceName: 'Val-d’Argence',
      takenAt: '2026-12-01T10:00:00.000Z',
      sections: [written('a', 'Avant-propos', 'Un avant-propos interne.')],
    };
    const xml = await (await JSZip.loadAsync(await renderDocx(snapshot, { locale: 'fr', generatedAt: new Date() }))).file('word/document.xml')!.async('string');
    expect(runOf(xml, 'Un avant-propos interne.')).not.toContain('<w:lang');
    expect(wordLanguage('pt')).toBe('pt-PT');
  });
});
