import type { ComponentType, ReactNode } from 'react';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { PlaceholderScreen } from '../features/placeholder/PlaceholderScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ClientsIcon, InboxIcon, MattersIcon, OverviewIcon, SettingsIcon, TemplatesIcon } from './icons';
import type { RouteId } from './router-store';

export interface RouteDefinition {
  id: RouteId;
  icon: ComponentType<{ size?: number }>;
  render: () => ReactNode;
}

/** The navigation, in the order it appears; labels come from the shell's `nav.<id>` strings. */
export const routes: readonly RouteDefinition[] = [
  { id: 'overview', icon: OverviewIcon, render: () => <OverviewScreen /> },
  { id: 'clients', icon: ClientsIcon, render: () => <ClientsScreen /> },
  { id: 'matters', icon: MattersIcon, render: () => <PlaceholderScreen feature="matters" /> },
  { id: 'templates', icon: TemplatesIcon, render: () => <PlaceholderScreen feature="templates" /> },
  { id: 'inbox', icon: InboxIcon, render: () => <PlaceholderScreen feature="inbox" /> },
  { id: 'settings', icon: SettingsIcon, render: () => <SettingsScreen /> },
];
