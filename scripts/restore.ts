/**
 * `npm run restore FILE [-- --force]`: puts a backup back as DATABASE_PATH. Stop the server first:
 * the restore refuses while another process holds the database open (--force skips that check).
 * The backup is verified (integrity_check) before anything is replaced, and the current database
 * is kept as <database>.before-restore-<timestamp>. See lib/durability/backup.ts.
 */
import { DurabilityError, restoreDatabase } from '../lib/durability/backup';

const target = process.env.DATABASE_PATH ?? './data/filrouge.db';
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));

if (!file) {
  console.error('Usage: npm run restore FILE   (stop the server first)');
  process.exit(2);
}

restoreDatabase(file, target, { force: args.includes('--force') })
  .then(({ file: restored, previous, counts }) => {
    console.log(`Restored ${file} into ${restored} (integrity ok; users ${counts.users ?? 0}, collab_documents ${counts.collab_documents ?? 0})`);
    if (previous) console.log(`The previous database is kept as ${previous}`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof DurabilityError ? error.message : error);
    process.exit(1);
  });
