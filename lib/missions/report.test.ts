import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { browserPool } from '@/lib/http/browser-pool';
import { printLocally } from '@/lib/http/pdf-print';
import { getMissionDetail } from './queries';
import { getDebriefDetail } from './debrief';
import { renderMissionReport, reportFileName } from './report';
import { missionReportBlocks } from './report-blocks';
import { renderMissionReportHtml } from './report-html';
import { createMission, setUp } from './test-setup';

afterAll(() => browserPool().close());

describe('the mission report, DOCX and PDF', () => {
  let fixture: { detail: ReturnType<typeof getMissionDetail>; debrief: ReturnType<typeof getDebriefDetail> } | undefined;
  const report = () => {
    if (fixture) return fixture;
    const s = setUp('mission-report');
    const id = createMission(s, { title: 'Mission <Nioro> & co', purpose: 'Chantier "eau"' });
    return (fixture = { detail: getMissionDetail(db, s.ws.ctx('editor'), id), debrief: getDebriefDetail(db, s.ws.ctx('editor'), id) });
  };

  it('holds the same content in both formats, in the asked language', () => {
    const { detail, debrief } = report();
    const fr = missionReportBlocks(detail, debrief, 'fr');
    const en = missionReportBlocks(detail, debrief, 'en');
    expect(fr[0]).toEqual({ type: 'title', text: 'Mission <Nioro> & co' });
    expect(fr.find((b) => b.type === 'table')).toMatchObject({ rows: expect.arrayContaining([expect.arrayContaining(['Agent culture', 'Culture'])]) });
    expect(fr).not.toEqual(en);
    const html = renderMissionReportHtml(detail, debrief, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Mission &lt;Nioro&gt; &amp; co</h1>');
    expect(html).not.toContain('<Nioro>');
    expect(html).toContain('<td>Agent économie</td>');
    expect(html).toContain('<li>09:30 — Comité de pilotage — Commune de Nioro-Kaya</li>');
    expect(html).not.toMatch(/<script|src=|href=/);
    expect(reportFileName(detail, 'en', 'pdf')).toBe('mission-2026-03-02-mission-nioro-co-en.pdf');
  });

  it('renders a DOCX and prints a PDF', { timeout: 90_000 }, async () => {
    const { detail, debrief } = report();
    const docx = await renderMissionReport(detail, debrief, 'fr');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const pdf = await printLocally({ html: renderMissionReportHtml(detail, debrief, 'fr'), footer: { page: 'Page' } });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(5000);
  });
});
