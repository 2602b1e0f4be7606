import { Button, Group, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlusIcon } from '../../app/icons';
import { Screen } from '../../app/Screen';
import { useCan } from '../auth/use-access';
import { KanbanBoard } from './KanbanBoard';
import { useLookups } from './lookups-store';
import { OrderDetailDrawer } from './OrderDetailDrawer';
import { OrderFilters } from './OrderFilters';
import { OrderFormModal } from './OrderFormModal';
import { OrdersCalendar } from './OrdersCalendar';
import classes from './OrdersScreen.module.css';
import { OrdersTable } from './OrdersTable';
import { useOrdersView, type OrdersView } from './orders-view-store';
import { RecurringModal } from './RecurringModal';

export function OrdersScreen() {
  const { t } = useTranslation('orders');
  const view = useOrdersView((s) => s.view);
  const setView = useOrdersView((s) => s.setView);
  const reload = useOrdersView((s) => s.reload);
  const openOrder = useOrdersView((s) => s.openOrder);
  const loadLookups = useLookups((s) => s.load);
  const canWrite = useCan('write');
  const [creating, setCreating] = useState(false);
  const [recurring, setRecurring] = useState(false);

  useEffect(() => {
    // Berater or users may have changed on another screen since the last visit.
    void loadLookups();
  }, [loadLookups]);

  return (
    <Screen
      title={t('title')}
      fill
      testId="screen-orders"
      actions={
        canWrite && (
          <Group gap="sm">
            <Button variant="default" onClick={() => setRecurring(true)}>
              {t('generateRecurring')}
            </Button>
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setCreating(true)}>
              {t('newOrder')}
            </Button>
          </Group>
        )
      }
    >
      <Tabs
        value={view}
        onChange={(value) => setView((value ?? 'list') as OrdersView)}
        keepMounted={false}
        classNames={{ root: classes.tabs, panel: classes.panel }}
      >
        <Tabs.List aria-label={t('views.label')} mb="sm">
          <Tabs.Tab value="list">{t('views.list')}</Tabs.Tab>
          <Tabs.Tab value="kanban">{t('views.kanban')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('views.calendar')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <OrderFilters withStatus />
          <OrdersTable />
        </Tabs.Panel>
        <Tabs.Panel value="kanban">
          <OrderFilters withStatus={false} />
          <KanbanBoard />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <OrdersCalendar />
        </Tabs.Panel>
      </Tabs>
      <OrderDetailDrawer />
      {creating && (
        <OrderFormModal
          order={null}
          onClose={() => setCreating(false)}
          onSaved={(order) => {
            setCreating(false);
            reload();
            openOrder(order.id);
          }}
        />
      )}
      {recurring && <RecurringModal onClose={() => setRecurring(false)} />}
    </Screen>
  );
}
