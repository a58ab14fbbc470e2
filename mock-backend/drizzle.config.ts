import { defineConfig } from 'drizzle-kit';

// `npm run db:generate -w mock-backend` writes SQL migrations to ./drizzle. The same files are applied
// to PGlite and to a PostgreSQL server (src/storage/storage.ts), so generation needs no database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
