import { api } from '../api/client';
import { useApiQuery } from '../api/use-api-query';

const loadSystemInfo = () => api.system.info();

export const useSystemInfo = () => useApiQuery(loadSystemInfo);
