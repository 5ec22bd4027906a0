import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/geo';
import { translatorFor } from '@/lib/strategy-document/render';
import type { MissionDetail } from './queries';
import type { getDebriefDetail } from './debrief';
import { formatDay } from '@/lib/format/dates';

// The mission report's content: the trip, its participants, the programme, costs, and the debrief
// (what was done, contacts, returns, follow-ups, notes), in French or English. One list of blocks,
// rendered as DOCX (report-docx.ts) and as a printable page printed to PDF (report-html.ts).

type Debrief = ReturnType<typeof getDebriefDetail>;

export type ReportBlock = { type: 'title' | 'h1' | 'h2' | 'h3' | 'p' | 'li'; text: string } | { type: 'table'; head: string[]; rows: string[][] };

const heading = (text: string, level: 'title' | 'h1' | 'h2' | 'h3' = 'h2'): ReportBlock => ({ type: level, text });
const para = (text: string): ReportBlock => ({ type: 'p', text });
const bullet = (text: string): ReportBlock => ({ type: 'li', text });
const table = (head: string[], rows: string[][]): ReportBlock => ({ type: 'table', head, rows });

/** The report's file name: `mission-<date>-<title>-<lang>.<docx|pdf>`, ASCII only. */
export function reportFileName(detail: MissionDetail, locale: Locale, format: 'docx' | 'pdf' = 'docx') {
  const slug = detail.mission.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `mission-${detail.mission.startDate}-${slug || 'report'}-${locale}.${format}`;
}

/** The mission report's content in `locale`, as blocks that the DOCX and the printed page both render. */
export function missionReportBlocks(detail: MissionDetail, debrief: Debrief, locale: Locale): ReportBlock[] {
  const t = translatorFor(locale);
  const m = detail.mission;
  const date = (iso: string) => formatDay(locale, iso, 'long');
  const money = (cents: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
  const none = t('missions.none');
  const children: ReportBlock[] = [
    heading(m.title, 'title'),
    para(
      `${t(`missions.directions.${m.direction}`)} · ${t(`missions.kinds.${m.kind}`)} · ${[m.city, countryName(m.country, locale)].filter(Boolean).join(', ')}`,
    ),
    para(t('missions.report.period', { start: date(m.startDate), end: date(m.endDate) })),
  ];
  if (detail.partnership) children.push(para(t('missions.report.partnership', { title: detail.partnership.title })));
  if (m.purpose) children.push(heading(t('missions.fields.purpose')), para(m.purpose));
  if (detail.actions.length) children.push(heading(t('missions.fields.actions')), ...detail.actions.map((a) => bullet(a.title)));
  children.push(heading(t('missions.form.participants')));
  children.push(
    detail.participants.length
      ? table(
          [t('missions.fields.participantName'), t('missions.fields.participantKind'), t('missions.fields.department'), t('missions.fields.participantRole')],
          detail.participants.map((p) => [
            p.userName ?? p.actorName ?? p.name ?? none,
            t(`missions.participantKinds.${p.kind}`),
            p.departmentName ?? '',
            p.role ?? '',
          ]),
        )
      : para(none),
  );
  children.push(heading(t('missions.form.programme')));
  if (detail.meetings.length) {
    for (const day of [...new Set(detail.meetings.map((x) => x.day))]) {
      children.push(heading(date(day), 'h3'));
      for (const meeting of detail.meetings.filter((x) => x.day === day)) {
        children.push(bullet([meeting.time, meeting.subject, meeting.actorName].filter(Boolean).join(' — ')));
      }
    }
  } else children.push(para(none));
  children.push(heading(t('missions.form.costs')));
  if (detail.budgetLines.length) {
    children.push(
      table(
        [t('externalActions.fields.label'), t('externalActions.fields.year'), t('externalActions.fields.fundingSource'), t('externalActions.fields.amount')],
        detail.budgetLines.map((l) => [l.label ?? none, String(l.year), t(`externalActions.fundingSources.${l.fundingSource}`), money(l.amountCents)]),
      ),
      para(t('missions.report.total', { amount: money(detail.budgetLines.reduce((s, l) => s + l.amountCents, 0)) })),
    );
  } else children.push(para(none));
  if (m.documents.length) children.push(heading(t('missions.form.documents')), ...m.documents.map((d) => bullet(`${d.label} — ${d.url}`)));

  children.push(heading(t('missions.debrief.title'), 'h1'));
  children.push(
    para(
      detail.debrief.submitted
        ? t('missions.report.debriefDone', { name: detail.assignee?.name ?? none })
        : t('missions.report.debriefPending', { name: detail.assignee?.name ?? none, date: date(detail.debrief.due) }),
    ),
  );
  children.push(heading(t('missions.debrief.summary')), para(m.debriefSummary ?? none));
  /** A heading, then one bullet per item, or "none" when there is none. */
  const bulletSection = <T>(title: string, items: readonly T[], line: (item: T) => string) =>
    children.push(heading(title), ...(items.length ? items.map((item) => bullet(line(item))) : [para(none)]));
  bulletSection(
    t('missions.debrief.contacts'),
    debrief.contacts,
    (c) =>
      `${c.actorName} — ${t('missions.debrief.contactLine', { date: date(c.metOn), type: c.relationType ? t(`actors.relationTypes.${c.relationType}`) : none, strength: c.strength ?? 0 })}${c.note ? ` — ${c.note}` : ''}`,
  );
  bulletSection(
    t('missions.debrief.returns'),
    debrief.returns,
    (r) =>
      `${t(`externalActions.returnCategories.${r.category}`)} — ${r.description} (${r.actionTitle}; ${
        r.expectedDescription ? t('missions.debrief.answers', { expected: r.expectedDescription }) : t('missions.debrief.unexpected')
      }; ${t('missions.debrief.evidenceLine', { evidence: r.evidence })})`,
  );
  bulletSection(
    t('missions.debrief.followUps'),
    debrief.followUps,
    (f) =>
      `${f.title} — ${t('missions.debrief.followUpLine', { owner: f.ownerName ?? none, date: date(f.dueDate) })}${f.done ? ` (${t('missions.debrief.done')})` : ''}`,
  );
  if (debrief.freeText.paragraphs.length) children.push(heading(t('missions.debrief.freeText')), ...debrief.freeText.paragraphs.map(para));
  if (m.debriefNotes) children.push(heading(t('missions.debrief.notes')), ...m.debriefNotes.split(/\n+/).map(para));
  return children;
}
