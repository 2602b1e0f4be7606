import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Screen } from '../../app/Screen';
import { useSession } from '../auth/session-store';
import { useCan } from '../auth/use-access';
import { OfficeSettings } from './OfficeSettings';
import { PersonalSettings } from './PersonalSettings';
import { SystemSettings } from './SystemSettings';
import { UsersSettings } from './UsersSettings';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const isAdmin = useCan('admin');
  const settings = useSession((s) => s.session?.settings ?? null);
  const [tab, setTab] = useState<string | null>('personal');

  return (
    <Screen title={t('title')} testId="screen-settings">
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List aria-label={t('tabs.label')} mb="md">
          <Tabs.Tab value="personal">{t('tabs.personal')}</Tabs.Tab>
          <Tabs.Tab value="office">{t('tabs.office')}</Tabs.Tab>
          {isAdmin && <Tabs.Tab value="users">{t('tabs.users')}</Tabs.Tab>}
          <Tabs.Tab value="system">{t('tabs.system')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="personal">{settings && <PersonalSettings settings={settings} />}</Tabs.Panel>
        <Tabs.Panel value="office">
          <OfficeSettings />
        </Tabs.Panel>
        {isAdmin && (
          <Tabs.Panel value="users">
            <UsersSettings />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="system">
          <SystemSettings />
        </Tabs.Panel>
      </Tabs>
    </Screen>
  );
}
