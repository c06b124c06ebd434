/**
 * Which browser the browser tests use (chooseBrowser in tests/helpers/browser.ts), decided from
 * the environment and which files exist, without looking at this machine.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_PATHS, chooseBrowser } from '../helpers/browser';

const on = (...paths: string[]) => (path: string) => paths.includes(path);

describe('the browser the tests use', () => {
  it('is CHROME_PATH when it is set and there, before any usual path', () => {
    expect(chooseBrowser({ CHROME_PATH: '/opt/chrome/chrome' }, on('/opt/chrome/chrome', '/usr/bin/chromium'), true))
      .toEqual({ kind: 'use', path: '/opt/chrome/chrome', why: 'CHROME_PATH' });
  });

  it('is never another one, nor installed, when CHROME_PATH names a missing file', () => {
    const choice = chooseBrowser({ CHROME_PATH: '/opt/nothing' }, on('/usr/bin/chromium'), true);
    expect(choice.kind).toBe('fail');
    expect(choice.kind === 'fail' && choice.message).toContain('CHROME_PATH is /opt/nothing');
  });

  it('is the first usual path that is there, in the order Chromium, Ubuntu Chromium, Chrome, Chrome stable', () => {
    expect(BROWSER_PATHS).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']);
    for (let i = 0; i < BROWSER_PATHS.length; i++) {
      const present = BROWSER_PATHS.slice(i);
      expect(chooseBrowser({}, on(...present), true)).toMatchObject({ kind: 'use', path: BROWSER_PATHS[i] });
    }
  });

  it("is the runner's Google Chrome on GitHub Actions, never an apt-get install", () => {
    // ubuntu-24.04 runner: no Chromium, Google Chrome at /usr/bin/google-chrome, not root.
    const runner = { GITHUB_ACTIONS: 'true', CI: 'true' };
    expect(chooseBrowser(runner, on('/usr/bin/google-chrome'), false)).toMatchObject({ kind: 'use', path: '/usr/bin/google-chrome' });
    expect(chooseBrowser({ ...runner, CHROME_PATH: '/usr/bin/google-chrome' }, on('/usr/bin/google-chrome'), false))
      .toMatchObject({ kind: 'use', path: '/usr/bin/google-chrome', why: 'CHROME_PATH' });
    // Even as root and with no browser at all, GitHub Actions gets an instruction instead of apt-get.
    const none = chooseBrowser(runner, on(), true);
    expect(none.kind).toBe('fail');
    expect(none.kind === 'fail' && none.message).toContain('set CHROME_PATH');
  });

  it('is installed with apt-get only by root, when none is there', () => {
    expect(chooseBrowser({}, on(), true)).toEqual({ kind: 'install' });
    const user = chooseBrowser({}, on(), false);
    expect(user.kind).toBe('fail');
    expect(user.kind === 'fail' && user.message).toContain('sudo apt-get install -y chromium');
  });

  it('treats an empty CHROME_PATH as unset', () => {
    expect(chooseBrowser({ CHROME_PATH: '' }, on('/usr/bin/chromium'), false)).toMatchObject({ kind: 'use', path: '/usr/bin/chromium' });
  });
});
