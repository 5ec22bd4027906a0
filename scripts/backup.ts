/**
 * `npm run backup [FILE]`: a consistent copy of DATABASE_PATH while the application runs (SQLite's
 * online backup API), by default into ./backups/filrouge-<timestamp>.db. See lib/durability/backup.ts.
 */
import { backupDatabase, DurabilityError } from '../lib/durability/backup';

const source = process.env.DATABASE_PATH ?? './data/filrouge.db';

backupDatabase(source, process.argv[2])
  .then(({ file, counts }) => {
    console.log(`Backup of ${source} written to ${file}`);
    console.log(
      `users ${counts.users ?? 0}, workspaces ${counts.workspaces ?? 0}, collab_documents ${counts.collab_documents ?? 0}, audit_log ${counts.audit_log ?? 0}`,
    );
  })
  .catch((error: unknown) => {
    console.error(error instanceof DurabilityError ? error.message : error);
    process.exit(1);
  });
