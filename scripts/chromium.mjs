import fs from 'node:fs';

/**
 * How every tool of ours starts Chromium (the end-to-end suites, the cluster test, the benches):
 * Debian's Chromium where it is installed, since browsers cannot be downloaded everywhere, with
 * the flags it needs in a container; Playwright's own browser elsewhere (empty options).
 * `--disable-quic`: the suites talk plain HTTP to local servers, never QUIC.
 * @returns {{ executablePath?: string; args?: string[] }}
 */
export function chromiumLaunchOptions() {
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!systemChromium) return {};
  return {
    executablePath: systemChromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  };
}
