import type { UseFormReturnType } from '@mantine/form';
import type { ClientFormValues } from './client-form';

export type ClientForm = UseFormReturnType<ClientFormValues>;
