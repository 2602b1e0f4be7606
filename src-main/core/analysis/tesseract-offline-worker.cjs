'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- tesseract.js spawns this file as a CommonJS worker thread. */
/*
 * Worker-thread entry for tesseract.js that guarantees the OCR never touches the network: fetch and the
 * http(s) clients are replaced before tesseract.js' own worker script loads (it captures `fetch` at load
 * time). With a local langPath and cacheMethod 'none' nothing should ever be fetched; if a configuration
 * mistake tried to (e.g. the jsDelivr CDN default), the job fails loudly instead of leaking data.
 */
const blocked = (what) => {
  throw new Error(`Network access blocked in the OCR worker (${what})`);
};
globalThis.fetch = async (input) => blocked(String(input));
for (const name of ['node:http', 'node:https']) {
  const mod = require(name);
  mod.request = () => blocked(name);
  mod.get = () => blocked(name);
}
require('tesseract.js/src/worker-script/node/index.js');
