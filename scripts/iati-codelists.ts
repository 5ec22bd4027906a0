/**
 * `npx tsx scripts/iati-codelists.ts [dir]`: turns the IATI 2.03 DAC 5-digit sector code list
 * (`<dir>/codelists/Sector.xml`, default ../shared/reference/iati-2.03) into the project's own data
 * file lib/iati/sectors.json (code, French and English names, category), read by lib/iati/sectors.ts.
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? path.resolve('..', 'shared', 'reference', 'iati-2.03');
const xml = fs.readFileSync(path.join(dir, 'codelists', 'Sector.xml'), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();

const sectors = [...xml.matchAll(/<codelist-item status="active">([\s\S]*?)<\/codelist-item>/g)].map(([, item]) => {
  const name = /<name>([\s\S]*?)<\/name>/.exec(item!)![1]!;
  const en = /<narrative>([\s\S]*?)<\/narrative>/.exec(name)![1]!;
  const fr = /<narrative xml:lang="fr">([\s\S]*?)<\/narrative>/.exec(name)?.[1] ?? en;
  return { code: /<code>(\d{5})<\/code>/.exec(item!)![1]!, category: /<category>(\d+)<\/category>/.exec(item!)![1]!, en: decode(en), fr: decode(fr) };
});
fs.writeFileSync(path.join('lib', 'iati', 'sectors.json'), JSON.stringify(sectors, null, 1) + '\n');
console.log(`lib/iati/sectors.json: ${sectors.length} active sectors`);
