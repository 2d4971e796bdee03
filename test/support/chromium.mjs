// Finds a Chromium for the tests and screenshots. Never downloads a browser
// build: where none is installed and this is a Debian/Ubuntu machine on which
// we may use apt-get (root, or password-less sudo), installs Debian's
// `chromium` package and says so; otherwise explains what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return null;
  }
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function can(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'ignore' });
  return r.status === 0;
}

export function ensureChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = can('sh', ['-c', 'command -v apt-get']);
  const sudo = !isRoot && can('sudo', ['-n', 'true']) ? ['sudo', '-n'] : isRoot ? [] : null;
  if (process.platform !== 'linux' || !hasApt || !sudo) {
    console.error(
      'The tests need Chromium: install it (on Debian or Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
    return null;
  }
  console.log("No Chromium found: installing Debian's `chromium` package with apt-get (about 30 s).");
  const apt = (args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    return spawnSync(cmd, rest, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  };
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', 'chromium'])) {
    console.error('Installing chromium with apt-get failed: install it by hand, or set CHROME_PATH.');
    return null;
  }
  return findChromium();
}

/** Flags for headless Chromium on a closed network (no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test pages run side by side: keep timers, animation frames and observers of
  // background pages at full speed, or charts in them may never see the viewport.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  // The lifecycle tests measure the JS heap after a real garbage collection.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];
