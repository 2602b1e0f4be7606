export * from './audit';
export * from './berater';
export * from './client-details';
export * from './clients';
export * from './office';
export * from './orders';
export * from './settings';
export * from './users';
