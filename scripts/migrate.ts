import { db, migrateDatabase, databasePath } from '../db/client';

migrateDatabase(db);
console.log(`Migrated ${databasePath()}`);
