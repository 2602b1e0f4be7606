import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../app/router-store';
import { routes } from '../../app/routes';

export function Navigation() {
  const { t } = useTranslation('shell');
  const route = useRouter((s) => s.route);
  const navigate = useRouter((s) => s.navigate);
  return (
    <Stack gap={2}>
      {routes.map(({ id, icon: Icon }) => (
        <NavLink
          key={id}
          component="button"
          type="button"
          label={t(`nav.${id}`)}
          leftSection={<Icon size={18} />}
          active={route === id}
          aria-current={route === id ? 'page' : undefined}
          onClick={() => navigate(id)}
          data-testid={`nav-${id}`}
          variant="light"
        />
      ))}
    </Stack>
  );
}
