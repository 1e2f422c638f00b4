/**
 * Finds a Chromium for the browser tests, installing it where that is possible:
 * CHROME_PATH wins; then Debian's /usr/bin/chromium; as root on Debian, apt;
 * elsewhere Playwright's own browser download. Otherwise one clear sentence.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export function findChromium({ install = true, log = console.log } = {}) {
  const override = process.env.CHROME_PATH;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`CHROME_PATH is set to ${override}, but no file is there: point it at a Chromium or Chrome binary.`);
  }
  if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  if (!install) throw new Error('Chromium is missing: install it (on Debian: apt-get install -y chromium) or set CHROME_PATH.');
  if (existsSync('/etc/debian_version') && isRoot()) {
    log('Chromium saknas: installerar Debians chromium med apt-get …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  } else {
    log('Chromium saknas: hämtar Playwrights Chromium …');
    const run = spawnSync('npx', ['playwright-core', 'install', 'chromium'], { stdio: 'inherit' });
    if (run.status === 0) {
      const probe = spawnSync(process.execPath, ['-e', "import('playwright-core').then(p => console.log(p.chromium.executablePath()))"], {
        encoding: 'utf8',
      });
      const path = probe.stdout.trim();
      if (path && existsSync(path)) return path;
    }
  }
  throw new Error(
    'Chromium is missing and could not be installed: install Chromium (on Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}
