export { createCore, type Core, type CoreOptions } from './core';
export { systemClock, type Clock } from './clock';
export { defaultDataDir, dataPaths, type DataPaths } from './paths';
export { createFileLogger, type Logger } from './logging/logger';
export { openDatabase } from './db/open';
export { findMigrationsDir } from './db/migrations-dir';
export { readMigrationState, assertNotNewer } from './db/migrate';
