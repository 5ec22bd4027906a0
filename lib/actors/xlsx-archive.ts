import yauzl, { type Entry, type ZipFile } from 'yauzl';

/**
 * What an actors workbook may unpack to. An XLSX is a zip archive: a 400 kB file can hold 400 MB of
 * zeros, and the spreadsheet reader (ExcelJS, through JSZip) inflates everything in memory before
 * reading a cell (issue 18: +1.1 GB for such a file). So the archive is checked first, from its
 * central directory, then each entry is inflated as a stream and counted, without keeping it.
 */
export const XLSX_ARCHIVE_LIMITS = {
  /** A workbook of one sheet has about 10 parts; Excel adds a few more. */
  maxEntries: 200,
  /** Any one part, unpacked (5,000 rows × 16 columns of text is about 10 MB of sheet XML). */
  maxEntryBytes: 30 * 1024 * 1024,
  /** Every part together, unpacked (the message says 50 MB). */
  maxTotalBytes: 50 * 1024 * 1024,
  /** Unpacked / packed size of a part above 1 MB: sheet XML reaches 10–30; a bomb of zeros, 1,000. */
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
} as const;

export type ArchiveRefusal = 'importArchiveTooLarge' | 'importArchiveSuspicious' | 'importArchiveMedia' | 'importFileUnreadable';

/** Parts that hold pictures, embedded documents, ActiveX controls or macros: an import needs none. */
const MEDIA = /^(xl\/(media|embeddings|activeX)\/|xl\/vbaProject\.bin$)|\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|mp[34]|wav|avi|mov|ole|docx?|pptx?|pdf)$/i;

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );
}

function entries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      found.push(entry);
      // Stop reading the directory as soon as there are too many entries.
      if (found.length > XLSX_ARCHIVE_LIMITS.maxEntries) return resolve(found);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Inflates one entry as a stream, counting its bytes; fails past `limit` or when it is longer than declared. */
function inflatedSize(zip: ZipFile, entry: Entry, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          stream.destroy();
          reject(new Error('entry over its limit'));
        }
      });
      stream.on('end', () => resolve(size));
      stream.on('error', reject);
    });
  });
}

/**
 * Checks an XLSX archive before anything unpacks it: the number of entries, each entry's and the
 * total unpacked size declared by the central directory, each entry's compression ratio, no media;
 * then inflates each entry as a stream to make sure it is no longer than declared (a forged
 * directory). Returns the refusal's message key under `actorsImport.errors`, or null when sound.
 * Memory stays at the packed file plus one inflation window.
 */
export async function checkXlsxArchive(bytes: Buffer): Promise<ArchiveRefusal | null> {
  let zip: ZipFile;
  try {
    zip = await open(bytes);
  } catch {
    return 'importFileUnreadable';
  }
  try {
    const limits = XLSX_ARCHIVE_LIMITS;
    if (zip.entryCount > limits.maxEntries) return 'importArchiveSuspicious';
    let listed: Entry[];
    try {
      listed = await entries(zip);
    } catch {
      return 'importFileUnreadable';
    }
    if (listed.length > limits.maxEntries) return 'importArchiveSuspicious';
    let total = 0;
    for (const entry of listed) {
      if (MEDIA.test(entry.fileName)) return 'importArchiveMedia';
      if (entry.uncompressedSize > limits.maxEntryBytes) return 'importArchiveTooLarge';
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return 'importArchiveTooLarge';
      if (entry.uncompressedSize > limits.ratioFloorBytes && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize))
        return 'importArchiveSuspicious';
    }
    // The directory may lie: inflate each entry (streamed, nothing kept) and count what comes out.
    // yauzl also fails an entry that inflates to more than its declared size (validateEntrySizes).
    for (const entry of listed) {
      if (entry.fileName.endsWith('/')) continue;
      try {
        await inflatedSize(zip, entry, Math.min(limits.maxEntryBytes, entry.uncompressedSize));
      } catch {
        return 'importArchiveSuspicious';
      }
    }
    return null;
  } finally {
    zip.close();
  }
}
