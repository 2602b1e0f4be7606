import type { Handlers } from '../../ipc/handlers';
import type { ServiceDeps } from '../deps';
import { cancelSerial, generateLetter, previewLetter, serialCheck, serialLetters } from './template-letters';
import {
  archiveTemplate,
  downloadTemplateVersion,
  getTemplate,
  inspectUpload,
  listTemplates,
  placeholderInfos,
  updateTemplateMeta,
  uploadTemplate,
} from './template-library';

export const templatesHandlers = (deps: ServiceDeps): Handlers['templates'] => ({
  list: (input) => listTemplates(deps, input),
  get: (input) => getTemplate(deps, input.id),
  placeholders: () => placeholderInfos(),
  inspect: (input) => inspectUpload(input.bytes),
  upload: (input, ctx) => uploadTemplate(deps, ctx.actor, input),
  updateMeta: (input, ctx) => updateTemplateMeta(deps, ctx.actor, input),
  archive: (input, ctx) => archiveTemplate(deps, ctx.actor, input),
  download: (input) => downloadTemplateVersion(deps, input.versionId),
  preview: (input, ctx) => previewLetter(deps, ctx.actor, input),
  generate: (input, ctx) => generateLetter(deps, ctx.actor, input),
  serialCheck: (input, ctx) => serialCheck(deps, ctx.actor, input),
  serial: (input, ctx) =>
    serialLetters(deps, ctx.actor, input, ({ label, done, total }) =>
      ctx.emit('progress', { taskId: input.taskId, label, done, total }),
    ),
  serialCancel: (input) => cancelSerial(deps, input.taskId),
});
