import { ActionIcon, Center, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ChevronLeftIcon, ChevronRightIcon } from '../../app/icons';
import classes from './inbox.module.css';

/** An object URL for PNG bytes, revoked when the bytes change or the preview goes away. */
function useObjectUrl(bytes: Uint8Array | null): string | null {
  const [made, setMade] = useState<{ bytes: Uint8Array; url: string } | null>(null);
  useEffect(() => {
    if (!bytes) return;
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    // The URL is an external resource: created here, revoked in the cleanup.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- publishing the created resource
    setMade({ bytes, url });
    return () => URL.revokeObjectURL(url);
  }, [bytes]);
  return made && made.bytes === bytes ? made.url : null;
}

/** One page at a time: PDFs and pictures as an image, DOCX and TXT as text. */
export function PagePreview({ id, pages, version }: { id: number; pages: number | null; version: number }) {
  const { t } = useTranslation('inbox');
  const [page, setPage] = useState(1);
  const query = useApiQuery(() => api.documents.page({ id, page, maxWidth: 1200 }), [id, page, version]);
  const data = query.data;
  const imageBytes = data?.kind === 'image' ? data.bytes : null;
  const url = useObjectUrl(imageBytes);
  const total = data?.pages ?? pages ?? 1;

  return (
    <div className={classes.previewPane} data-testid="document-preview">
      <Group justify="space-between" px="xs" py={4} wrap="nowrap">
        <Text size="sm" fw={500}>
          {t('review.preview')}
        </Text>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('review.previousPage')}
            disabled={page <= 1}
            onClick={() => setPage((p) => Math.max(1, p - 1))}
          >
            <ChevronLeftIcon size={16} />
          </ActionIcon>
          <Text size="sm" data-testid="preview-page">
            {t('review.page', { page, pages: total })}
          </Text>
          <ActionIcon
            variant="subtle"
            aria-label={t('review.nextPage')}
            disabled={page >= total}
            onClick={() => setPage((p) => Math.min(total, p + 1))}
          >
            <ChevronRightIcon size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <div className={classes.previewBody}>
        {query.error && !data ? (
          <Text size="sm" c="dimmed" p="md">
            {t('review.previewFailed')}
          </Text>
        ) : !data || query.loading ? (
          <Center w="100%" p="xl">
            <Loader size="sm" />
          </Center>
        ) : data.kind === 'text' ? (
          <pre className={classes.previewText} data-testid="preview-text">
            {data.text}
          </pre>
        ) : url ? (
          <img
            className={classes.previewImage}
            src={url}
            width={data.width}
            height={data.height}
            alt={t('review.page', { page, pages: total })}
            data-testid="preview-image"
          />
        ) : null}
      </div>
    </div>
  );
}
