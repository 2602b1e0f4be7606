export * from './build-api';
export * from './contracts';
export * from './define';
export * from './events';
export * from './registry';
export * from './result';
export { actorSchema, dbStatusSchema, userRoles, type Actor, type DbStatus } from './contracts/system';
export * from './contracts/clients';
export * from './contracts/audit';
