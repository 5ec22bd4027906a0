/**
 * Run by xlsx-archive.test.ts in its own Node process: reads one file through the import's
 * `readImportFile`, as the import's server action does, and prints the outcome and how much the
 * process's peak memory grew, so that the test measures this process alone.
 */
import fs from 'node:fs';
import { readImportFile } from './import';

const bytes = fs.readFileSync(process.argv[2]!);
const data = bytes.toString('base64');
const rssAtStart = process.memoryUsage().rss;
const started = Date.now();
readImportFile({ name: 'bomb.xlsx', format: 'xlsx', data })
  .then(
    (table) => `accepted ${table.rows.length} rows`,
    (error: unknown) => (error as { key?: string }).key ?? String(error),
  )
  .then((outcome) => {
    // maxRSS is the peak resident size in kB; growth is measured from the resident size before reading.
    const growthMb = (process.resourceUsage().maxRSS * 1024 - rssAtStart) / (1024 * 1024);
    console.log(JSON.stringify({ outcome, growthMb: Math.round(growthMb * 10) / 10, ms: Date.now() - started }));
  });
