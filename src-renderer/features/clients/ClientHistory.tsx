import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { AuditEntriesTable } from '../../app/AuditEntriesTable';
import { clientAuditActionLabel, clientAuditDetails } from './client-audit-format';

/** The Verlauf: who changed what and when, newest first. */
export function ClientHistory({ clientId, version }: { clientId: number; version: number }) {
  const { t } = useTranslation('clients');
  const history = useApiQuery(() => api.clients.history({ id: clientId, limit: 500 }), [clientId, version]);
  const berater = useApiQuery(() => api.berater.list({ includeInactive: true }), []);
  const beraterName = (id: number) => berater.data?.items.find((b) => b.id === id)?.name;
  // Until the first answer arrives nothing is shown, not "no entries".
  if (!history.data) return null;
  return (
    <AuditEntriesTable
      entries={history.data.items}
      labels={{
        at: t('detail.history.at'),
        user: t('detail.history.user'),
        action: t('detail.history.action'),
        details: t('detail.history.details'),
        empty: t('detail.history.empty'),
        table: t('detail.tabs.history'),
      }}
      actionLabel={(entry) => clientAuditActionLabel(entry.action)}
      details={(entry) => clientAuditDetails(entry, beraterName)}
      testId="client-history"
      entryTestId="client-history-entry"
    />
  );
}
