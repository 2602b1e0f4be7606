import { Autocomplete, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface TemplateMeta {
  name: string;
  category: string;
  description: string;
}

/** What the core stores: an empty description is no description. */
export function metaPayload(meta: TemplateMeta): {
  name: string;
  category: string;
  description: string | null;
} {
  return {
    name: meta.name,
    category: meta.category,
    description: meta.description.trim() === '' ? null : meta.description,
  };
}

interface Props {
  value: TemplateMeta;
  onChange: (next: TemplateMeta) => void;
  errors: Record<string, string>;
  /** Categories already in use, offered while typing. */
  categories: readonly string[];
  categoryPlaceholder?: string;
  autoFocus?: boolean;
}

/** Name, Kategorie and Beschreibung of a template: the same fields on upload and when editing. */
export function TemplateMetaFields({
  value,
  onChange,
  errors,
  categories,
  categoryPlaceholder,
  autoFocus,
}: Props) {
  const { t } = useTranslation('templates');
  return (
    <>
      <TextInput
        label={t('upload.name')}
        required
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
        error={errors['name']}
        maxLength={120}
        data-autofocus={autoFocus ? true : undefined}
      />
      <Autocomplete
        label={t('upload.category')}
        required
        placeholder={categoryPlaceholder}
        data={[...categories]}
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        error={errors['category']}
        maxLength={60}
      />
      <Textarea
        label={t('upload.description')}
        value={value.description}
        onChange={(e) => onChange({ ...value, description: e.currentTarget.value })}
        error={errors['description']}
        autosize
        minRows={2}
        maxLength={1000}
      />
    </>
  );
}
