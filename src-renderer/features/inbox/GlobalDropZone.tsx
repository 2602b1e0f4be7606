import { Overlay, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../src-shared/errors/app-error';
import { notifyError } from '../../api/notify';
import { InboxIcon } from '../../app/icons';
import { i18n } from '../../i18n/instance';
import { useCan } from '../auth/use-access';
import { useOpenClient } from '../clients/open-client-store';
import { carriesFiles, takeDroppedFiles } from './import-files';
import { useImport } from './import-store';
import classes from './inbox.module.css';

/**
 * While a dialog with its own drop area is open (the CSV import, a template upload), drops belong to
 * that dialog, also next to its drop area. Elsewhere, a client's detail view included, they come here.
 */
const ownDropAreaOpen = () => document.querySelector('.mantine-Dropzone-root') !== null;

/** Files or folders dropped anywhere on the window go to the Posteingang. */
export function GlobalDropZone() {
  const { t } = useTranslation('inbox');
  const canWrite = useCan('write');
  const openClientId = useOpenClient((s) => s.openClientId);
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  // The listeners are installed once; they read the latest values from here.
  const latest = useRef({ canWrite, openClientId });
  useEffect(() => {
    latest.current = { canWrite, openClientId };
  }, [canWrite, openClientId]);

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer) || ownDropAreaOpen()) return;
      depth.current += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer) || event.defaultPrevented || ownDropAreaOpen()) return;
      // Without this the browser would open the file in place of the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = latest.current.canWrite ? 'copy' : 'none';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      depth.current = 0;
      setDragging(false);
      if (!carriesFiles(event.dataTransfer) || event.defaultPrevented || ownDropAreaOpen()) return;
      event.preventDefault();
      if (!latest.current.canWrite) {
        notifyError(new AppError('forbidden', i18n.t('inbox:drop.readOnly')));
        return;
      }
      const clientId = latest.current.openClientId;
      void takeDroppedFiles(event.dataTransfer as DataTransfer).then((files) => {
        if (files.length === 0) {
          notifyError(new AppError('validation', i18n.t('inbox:drop.empty')));
          return;
        }
        void useImport.getState().start(files, clientId);
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <Overlay fixed zIndex={400} backgroundOpacity={0.55} blur={2} className={classes.dropOverlay}>
      <Stack align="center" justify="center" h="100%" gap="xs" data-testid="drop-overlay">
        <InboxIcon size={56} />
        <Title order={2}>{t('drop.overlay')}</Title>
        <Text size="lg">{canWrite ? t('drop.overlayHint') : t('drop.readOnly')}</Text>
        {canWrite && openClientId !== null && <Text>{t('drop.overlayClient')}</Text>}
      </Stack>
    </Overlay>
  );
}
