export * from './audit';
export * from './berater';
export * from './clients';
export * from './settings';
export * from './users';
