/**
 * Runs once when the server starts: applies migrations and seeds the demo on an empty database,
 * so that `npm start` on a fresh clone serves a working app.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { db, migrateDatabase, databasePath } = await import('./db/client');
  const { seedIfEmpty } = await import('./lib/seed');
  migrateDatabase(db);
  const seeded = await seedIfEmpty(db);
  console.log(`[fil-rouge] database ${databasePath()} migrated${seeded ? ', demo seeded' : ''}`);
}
