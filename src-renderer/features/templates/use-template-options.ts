import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';

export interface TemplateOption {
  value: string;
  label: string;
}

/** The templates one can write with (not archived), as options of a Select grouped by category. */
export function useTemplateOptions(): {
  options: { group: string; items: TemplateOption[] }[];
  nameOf: (id: number | null) => string;
  loading: boolean;
} {
  const query = useApiQuery(() => api.templates.list({ includeArchived: false }), []);
  const items = query.data?.items ?? [];
  const groups = new Map<string, TemplateOption[]>();
  for (const template of items) {
    const list = groups.get(template.category) ?? [];
    list.push({ value: String(template.id), label: template.name });
    groups.set(template.category, list);
  }
  return {
    options: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'de'))
      .map(([group, list]) => ({ group, items: list })),
    nameOf: (id) => items.find((template) => template.id === id)?.name ?? '',
    loading: query.loading,
  };
}
