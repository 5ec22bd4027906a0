import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { activityIdentifier, orgRef } from './identifiers';
import { centsToDecimal } from './transactions';
import type { IatiActivity, IatiReporter, Narratives } from './types';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** ActivityStatus code list: 1 pipeline, 2 implementation, 4 closed, 5 cancelled. */
const STATUS: Record<IatiActivity['status'], string> = { idea: '1', planned: '1', running: '2', finished: '4', stopped: '5' };

/** Local government (OrganisationType 11). */
const LOCAL_GOVERNMENT = '11';

function narratives(parent: XMLBuilder, texts: Narratives) {
  for (const { lang, text } of texts) parent.ele('narrative').att(XML_NS, 'xml:lang', lang).txt(text);
  return parent;
}

/** Equal shares of 100 %, two decimals, the last one taking the rounding so they sum to exactly 100. */
export function countryPercentages(count: number): string[] {
  if (count === 0) return [];
  const each = Math.floor(10000 / count);
  return Array.from({ length: count }, (_, i) => centsToDecimal(i === count - 1 ? 10000 - each * (count - 1) : each));
}

function activityDates(a: IatiActivity): { type: string; date: string }[] {
  const started = a.status === 'running' || a.status === 'finished' || a.status === 'stopped';
  const ended = a.status === 'finished' || a.status === 'stopped';
  const dates: { type: string; date: string }[] = [];
  // ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
  dates.push({ type: started && a.startDate ? '2' : '1', date: a.startDate ?? a.createdOn });
  if (a.endDate) dates.push({ type: ended ? '4' : '3', date: a.endDate });
  return dates;
}

function activity(root: XMLBuilder, reporter: IatiReporter, a: IatiActivity) {
  const el = root
    .ele('iati-activity')
    .att(XML_NS, 'xml:lang', reporter.lang)
    .att('default-currency', 'EUR')
    .att('last-updated-datetime', a.updatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  el.ele('iati-identifier').txt(activityIdentifier(reporter.siren, a.id));
  narratives(el.ele('reporting-org').att('ref', orgRef(reporter.siren)).att('type', LOCAL_GOVERNMENT), [{ lang: reporter.lang, text: reporter.name }]);
  narratives(el.ele('title'), a.title);
  narratives(el.ele('description').att('type', '1'), a.description);
  // The authority funds and is accountable (OrganisationRole 1 and 2); partners implement (4).
  for (const role of ['1', '2']) {
    narratives(el.ele('participating-org').att('ref', orgRef(reporter.siren)).att('role', role).att('type', LOCAL_GOVERNMENT), [
      { lang: reporter.lang, text: reporter.name },
    ]);
  }
  for (const p of a.partners) {
    const org = el.ele('participating-org').att('role', p.role).att('type', p.type);
    if (p.ref) org.att('ref', p.ref);
    narratives(org, [{ lang: reporter.lang, text: p.name }]);
  }
  el.ele('activity-status').att('code', STATUS[a.status]);
  for (const d of activityDates(a)) el.ele('activity-date').att('type', d.type).att('iso-date', d.date);
  const shares = countryPercentages(a.countries.length);
  a.countries.forEach((code, i) => el.ele('recipient-country').att('code', code).att('percentage', shares[i]!));
  el.ele('sector').att('vocabulary', '1').att('code', a.sector).att('percentage', '100');
  // TagVocabulary 2: the Sustainable Development Goals.
  for (const sdg of a.sdgs) el.ele('tag').att('vocabulary', '2').att('code', String(sdg));
  for (const b of a.budgets) {
    const budget = el.ele('budget').att('type', '1').att('status', '1');
    budget.ele('period-start').att('iso-date', `${b.year}-01-01`);
    budget.ele('period-end').att('iso-date', `${b.year}-12-31`);
    budget.ele('value').att('currency', 'EUR').att('value-date', `${b.year}-01-01`).txt(centsToDecimal(b.amountCents));
  }
  for (const t of a.transactions) {
    const tr = el.ele('transaction');
    tr.ele('transaction-type').att('code', t.type);
    tr.ele('transaction-date').att('iso-date', t.date);
    tr.ele('value').att('currency', 'EUR').att('value-date', t.date).txt(centsToDecimal(t.amountCents));
    if (t.description) narratives(tr.ele('description'), [{ lang: reporter.lang, text: t.description }]);
    if (t.provider) narratives(tr.ele('provider-org'), [{ lang: reporter.lang, text: t.provider }]);
  }
  for (const d of a.documents) {
    const link = el.ele('document-link').att('format', 'text/html').att('url', d.url);
    narratives(link.ele('title'), [{ lang: reporter.lang, text: d.title }]);
    link.ele('category').att('code', d.category);
    link.ele('language').att('code', reporter.lang);
  }
  for (const r of a.results) {
    // ResultType 2: outcome; IndicatorMeasure 5: qualitative.
    const result = el.ele('result').att('type', '2');
    narratives(result.ele('title'), [{ lang: reporter.lang, text: r.title }]);
    const indicator = result.ele('indicator').att('measure', '5');
    narratives(indicator.ele('title'), [{ lang: reporter.lang, text: r.indicator }]);
    for (const o of r.observed) {
      const period = indicator.ele('period');
      period.ele('period-start').att('iso-date', o.on);
      period.ele('period-end').att('iso-date', o.on);
      if (r.target) narratives(period.ele('target').ele('comment'), [{ lang: reporter.lang, text: r.target }]);
      narratives(period.ele('actual').ele('comment'), [{ lang: reporter.lang, text: o.text }]);
    }
  }
}

/** An `iati-activities` 2.03 document (UTF-8 XML) for the given activities. */
export function buildIatiXml(reporter: IatiReporter, activities: readonly IatiActivity[], generatedAt = new Date()): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('iati-activities')
    .att('version', '2.03')
    .att('generated-datetime', generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  for (const a of activities) activity(root, reporter, a);
  return root.end({ prettyPrint: true });
}
