import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../src-shared/ipc/contracts/orders';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ChevronLeftIcon, ChevronRightIcon } from '../../app/icons';
import { addMonths, formatDate, formatMonth, todayLocal } from '../../i18n/dates';
import classes from './Calendar.module.css';
import { beraterOptions, useLookups } from './lookups-store';
import { monthWeeks, weekdayNames } from './month-grid';
import { statusColors } from './OrderBadges';
import { useOrdersView } from './orders-view-store';

const SHOWN_PER_DAY = 3;

export function OrdersCalendar() {
  const { t } = useTranslation('orders');
  const month = useOrdersView((s) => s.month);
  const setMonth = useOrdersView((s) => s.setMonth);
  const includeClosed = useOrdersView((s) => s.includeClosed);
  const setIncludeClosed = useOrdersView((s) => s.setIncludeClosed);
  const beraterId = useOrdersView((s) => s.filters.beraterId);
  const setFilters = useOrdersView((s) => s.setFilters);
  const setView = useOrdersView((s) => s.setView);
  const openOrder = useOrdersView((s) => s.openOrder);
  const reloadToken = useOrdersView((s) => s.reloadToken);
  const berater = useLookups((s) => s.berater);
  const query = useApiQuery(
    () => api.orders.calendar({ month, includeClosed, ...(beraterId === null ? {} : { beraterId }) }),
    [month, includeClosed, beraterId, reloadToken],
  );
  const items = query.data?.items ?? [];
  const byDay = new Map<string, OrderSummary[]>();
  for (const order of items) {
    if (!order.dueDate) continue;
    byDay.set(order.dueDate, [...(byDay.get(order.dueDate) ?? []), order]);
  }
  const today = todayLocal();

  // "+ n weitere" shows that day's Fristen in the list, where there is room for all of them.
  const showDay = (date: string) => {
    setFilters({ dueFrom: date, dueTo: date, status: [] });
    setView('list');
  };

  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon
            variant="default"
            aria-label={t('calendar.previous')}
            onClick={() => setMonth(addMonths(month, -1))}
          >
            <ChevronLeftIcon size={16} />
          </ActionIcon>
          <Title order={3} size="h4" miw={170} ta="center" data-testid="calendar-month">
            {formatMonth(month)}
          </Title>
          <ActionIcon
            variant="default"
            aria-label={t('calendar.next')}
            onClick={() => setMonth(addMonths(month, 1))}
          >
            <ChevronRightIcon size={16} />
          </ActionIcon>
          <Button variant="default" size="xs" onClick={() => setMonth(today.slice(0, 7))}>
            {t('calendar.today')}
          </Button>
          <Text size="sm" c="dimmed" ml="sm" aria-live="polite">
            {query.data ? t('calendar.count', { count: items.length }) : ''}
          </Text>
        </Group>
        <Group gap="md" wrap="nowrap">
          <Checkbox
            label={t('calendar.includeClosed')}
            checked={includeClosed}
            onChange={(e) => setIncludeClosed(e.currentTarget.checked)}
            size="xs"
          />
          <Select
            aria-label={t('filters.berater')}
            placeholder={t('filters.beraterPlaceholder')}
            data={beraterOptions(berater, beraterId)}
            value={beraterId === null ? null : String(beraterId)}
            onChange={(value) => setFilters({ beraterId: value ? Number(value) : null })}
            clearable
            w={220}
            size="xs"
          />
        </Group>
      </Group>
      <div className={classes.wrap}>
        <table className={classes.grid} aria-label={t('calendar.label')} data-testid="orders-calendar">
          <thead>
            <tr>
              {weekdayNames().map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week) => (
              <tr key={week[0]?.date}>
                {week.map((day) => {
                  const orders = byDay.get(day.date) ?? [];
                  return (
                    <td
                      key={day.date}
                      className={classes.day}
                      data-date={day.date}
                      data-outside={!day.inMonth || undefined}
                      data-weekend={day.weekend || undefined}
                      data-today={day.date === today || undefined}
                      aria-label={
                        orders.length > 0
                          ? t('calendar.dayLabel', { date: formatDate(day.date), count: orders.length })
                          : formatDate(day.date)
                      }
                    >
                      <span className={classes.number}>{day.day}</span>
                      {orders.slice(0, SHOWN_PER_DAY).map((order) => (
                        <UnstyledButton
                          key={order.id}
                          className={classes.entry}
                          style={{ '--entry-color': `var(--mantine-color-${statusColors[order.status]}-6)` }}
                          data-overdue={order.overdue || undefined}
                          title={`${order.title} – ${order.clientName}`}
                          onClick={() => openOrder(order.id)}
                          data-testid="calendar-entry"
                        >
                          {order.title} · {order.clientName}
                        </UnstyledButton>
                      ))}
                      {orders.length > SHOWN_PER_DAY && (
                        <UnstyledButton className={classes.entry} onClick={() => showDay(day.date)}>
                          {t('calendar.more', { count: orders.length - SHOWN_PER_DAY })}
                        </UnstyledButton>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}
