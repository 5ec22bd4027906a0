import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { checkXlsxArchive, XLSX_ARCHIVE_LIMITS } from './xlsx-archive';
import { parseXlsx } from './import';
import { testRunDir } from '@/lib/test/run-dir';

const run = promisify(execFile);

/** `megabytes` of zeros, streamed (never held at once), as one deflated entry of a zip. */
function zipOfZeros(megabytes: number, name = 'xl/worksheets/sheet1.xml'): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const chunk = Buffer.alloc(1024 * 1024);
  let sent = 0;
  const zeros = new Readable({
    read() {
      this.push(sent++ < megabytes ? chunk : null);
    },
  });
  zip.addBuffer(Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), '[Content_Types].xml');
  zip.addReadStream(zeros, name, { compress: true });
  zip.end();
  const parts: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (part: Buffer) => parts.push(part));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}

/** The same archive whose central directory claims that every entry unpacks to `claimed` bytes. */
function forgeDirectory(archive: Buffer, claimed: number): Buffer {
  const forged = Buffer.from(archive);
  for (let at = forged.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = forged.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    if (forged.readUInt32LE(at + 24) > claimed) forged.writeUInt32LE(claimed, at + 24);
  }
  return forged;
}

async function sheet() {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Acteurs');
  ws.addRow(['Nom', 'Catégorie', 'Pays']);
  ws.addRow(['Lycée Jean-Moulin', 'education', 'FR']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads `file` through the import in a separate Node process; its outcome and peak memory growth. */
async function importInChild(file: string): Promise<{ outcome: string; growthMb: number; ms: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--max-old-space-size=2048', '--require', './scripts/allow-server-only.cjs', '--import', 'tsx', 'lib/actors/xlsx-bomb.child.ts', file],
    { cwd: process.cwd(), maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as { outcome: string; growthMb: number; ms: number };
}

describe('XLSX archives are checked before they are unpacked (issue 18.2)', () => {
  it('refuses a 400 MB bomb in a small file, with a clear message, and the process grows by less than 150 MB', { timeout: 180_000 }, async () => {
    const dir = path.join(testRunDir(), 'xlsx-bomb');
    fs.mkdirSync(dir, { recursive: true });
    const bomb = await zipOfZeros(400);
    const forged = forgeDirectory(bomb, 1000);
    fs.writeFileSync(path.join(dir, 'bomb.xlsx'), bomb);
    fs.writeFileSync(path.join(dir, 'forged.xlsx'), forged);

    // From the central directory alone: 400 MB unpacked is over the limits.
    expect(await checkXlsxArchive(bomb)).toBe('importArchiveTooLarge');
    // A directory that lies about the size: the streamed inflation counts past it and stops.
    expect(await checkXlsxArchive(forged)).toBe('importArchiveSuspicious');

    const declared = await importInChild(path.join(dir, 'bomb.xlsx'));
    const lying = await importInChild(path.join(dir, 'forged.xlsx'));
    console.log(
      `[xlsx-bomb] 400 MB of zeros in a ${Math.round(bomb.length / 1024)} kB file: ${declared.outcome}, memory +${declared.growthMb} MB, ${declared.ms} ms; ` +
        `with a forged directory: ${lying.outcome}, memory +${lying.growthMb} MB, ${lying.ms} ms`,
    );
    expect(declared.outcome).toBe('importArchiveTooLarge');
    expect(lying.outcome).toBe('importArchiveSuspicious');
    expect(declared.growthMb).toBeLessThan(150);
    expect(lying.growthMb).toBeLessThan(150);
  });

  it('refuses a part whose compression ratio only a bomb reaches, and too many parts', async () => {
    // 20 MB of zeros: under the size limits, but packed about 1,000 to 1.
    expect(await checkXlsxArchive(await zipOfZeros(20))).toBe('importArchiveSuspicious');
    const many = new JSZip();
    for (let i = 0; i <= XLSX_ARCHIVE_LIMITS.maxEntries; i++) many.file(`xl/part${i}.xml`, '<a/>');
    expect(await checkXlsxArchive(await many.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))).toBe('importArchiveSuspicious');
  });

  it('refuses embedded media, and reads an ordinary workbook', async () => {
    const ordinary = await sheet();
    expect(await checkXlsxArchive(ordinary)).toBeNull();
    expect((await parseXlsx(ordinary)).rows).toHaveLength(1);

    const withPicture = await JSZip.loadAsync(ordinary);
    withPicture.file('xl/media/image1.png', Buffer.alloc(2048, 7));
    const picture = await withPicture.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(await checkXlsxArchive(picture)).toBe('importArchiveMedia');
    await expect(parseXlsx(picture)).rejects.toThrowError('importArchiveMedia');
    expect(await checkXlsxArchive(Buffer.from('not a zip'))).toBe('importFileUnreadable');
  });
});
