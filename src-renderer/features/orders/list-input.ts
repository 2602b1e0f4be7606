import type { ordersContracts } from '../../../src-shared/ipc/contracts/orders';
import type { ContractInput } from '../../../src-shared/ipc/define';
import type { OrderFilters } from './orders-view-store';

export type OrdersListInput = NonNullable<ContractInput<typeof ordersContracts.list>>;

/** The core's list filter from the screen's filters; the board ignores the status filter (its columns are the statuses). */
export function toListInput(
  filters: OrderFilters,
  options: { withStatus: boolean; limit: number },
): OrdersListInput {
  const input: OrdersListInput = { sortBy: 'dueDate', sortDir: 'asc', limit: options.limit };
  const query = filters.query.trim();
  if (query) input.query = query;
  if (options.withStatus && filters.status.length > 0) input.status = filters.status;
  if (filters.beraterId !== null) input.beraterId = filters.beraterId;
  if (filters.clientId !== null) input.clientId = filters.clientId;
  if (filters.orderTypeId !== null) input.orderTypeId = filters.orderTypeId;
  if (filters.priority.length > 0) input.priority = filters.priority;
  if (filters.dueFrom) input.dueFrom = filters.dueFrom;
  if (filters.dueTo) input.dueTo = filters.dueTo;
  return input;
}

export const activeFilterCount = (filters: OrderFilters): number =>
  [
    filters.query.trim() !== '',
    filters.status.length > 0,
    filters.beraterId !== null,
    filters.clientId !== null,
    filters.orderTypeId !== null,
    filters.priority.length > 0,
    filters.dueFrom !== null,
    filters.dueTo !== null,
  ].filter(Boolean).length;
