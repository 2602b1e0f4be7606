// npm start: build main, preload and renderer, then launch Electron on the result.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = (name) => path.join('node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const opts = { stdio: 'inherit', shell: process.platform === 'win32' };

const build = spawnSync(bin('electron-vite'), ['build'], opts);
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawnSync(bin('electron'), ['.', ...process.argv.slice(2)], opts);
if (app.status !== 0) {
  console.error(
    'RechtsUndSteuerKI konnte nicht gestartet werden. Fehlt das Electron-Programm? ' +
      'Führen Sie „npm install“ mit Internetzugang aus.',
  );
}
process.exit(app.status ?? 1);
