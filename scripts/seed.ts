import { db, migrateDatabase, databasePath } from '../db/client';
import { seedIfEmpty } from '../lib/seed';

migrateDatabase(db);
seedIfEmpty(db).then((seeded) => console.log(seeded ? `Seeded demo in ${databasePath()}` : 'Database not empty (or FILROUGE_DEMO=0): nothing seeded'));
