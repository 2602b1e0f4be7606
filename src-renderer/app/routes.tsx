import type { ComponentType, ReactNode } from 'react';
import { BeraterScreen } from '../features/berater/BeraterScreen';
import { ClientsScreen } from '../features/clients/ClientsScreen';
import { InboxScreen } from '../features/inbox/InboxScreen';
import { OrdersScreen } from '../features/orders/OrdersScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import {
  BeraterIcon,
  ClientsIcon,
  InboxIcon,
  MattersIcon,
  OverviewIcon,
  SettingsIcon,
  TemplatesIcon,
} from './icons';
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
  { id: 'orders', icon: MattersIcon, render: () => <OrdersScreen /> },
  { id: 'berater', icon: BeraterIcon, render: () => <BeraterScreen /> },
  { id: 'templates', icon: TemplatesIcon, render: () => <TemplatesScreen /> },
  { id: 'inbox', icon: InboxIcon, render: () => <InboxScreen /> },
  { id: 'settings', icon: SettingsIcon, render: () => <SettingsScreen /> },
];
