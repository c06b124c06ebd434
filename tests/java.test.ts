/**
 * Which java the W3C HTML checker runs on (chooseJava and findJava in tests/helpers/java.ts),
 * decided from the environment and which files exist, without looking at this machine.
 */
import { describe, expect, it, vi } from 'vitest';
import { chooseJava, findJava, JAVA_PACKAGE } from './helpers/java';

const on = (...paths: string[]) => (path: string) => paths.includes(path);

describe('the java the HTML checker runs on', () => {
  it('is JAVA_HOME/bin/java when JAVA_HOME is set and it is there, before any java on PATH', () => {
    expect(chooseJava({ JAVA_HOME: '/opt/jdk', PATH: '/usr/bin' }, on('/opt/jdk/bin/java', '/usr/bin/java'), true))
      .toEqual({ kind: 'use', path: '/opt/jdk/bin/java', why: 'JAVA_HOME' });
  });

  it('is never another one, nor installed, when JAVA_HOME names a folder without java', () => {
    const choice = chooseJava({ JAVA_HOME: '/opt/nothing', PATH: '/usr/bin' }, on('/usr/bin/java'), true);
    expect(choice.kind).toBe('fail');
    expect(choice.kind === 'fail' && choice.message).toContain('JAVA_HOME is /opt/nothing, but there is no executable file at /opt/nothing/bin/java');
  });

  it('is the first java in the folders of PATH, in their order, as a shell finds it', () => {
    const env = { PATH: '/home/me/bin:/usr/local/bin::/usr/bin' };
    expect(chooseJava(env, on('/usr/local/bin/java', '/usr/bin/java'), false)).toEqual({ kind: 'use', path: '/usr/local/bin/java', why: 'the first java on PATH' });
    expect(chooseJava(env, on('/usr/bin/java'), false)).toMatchObject({ kind: 'use', path: '/usr/bin/java' });
    // An empty entry of PATH (the current folder, to a shell) is not searched.
    expect(chooseJava({ PATH: ':/usr/bin' }, on('java'), false).kind).toBe('fail');
  });

  it('treats an empty JAVA_HOME as unset', () => {
    expect(chooseJava({ JAVA_HOME: '', PATH: '/usr/bin' }, on('/usr/bin/java'), false)).toMatchObject({ kind: 'use', path: '/usr/bin/java' });
  });

  it('is installed with apt-get only by root, when none is there', () => {
    expect(chooseJava({ PATH: '/usr/bin' }, on(), true)).toEqual({ kind: 'install' });
    expect(chooseJava({}, on(), true)).toEqual({ kind: 'install' });
    const user = chooseJava({ PATH: '/usr/bin' }, on(), false);
    expect(user.kind).toBe('fail');
    expect(user.kind === 'fail' && user.message).toContain(`sudo apt-get install -y ${JAVA_PACKAGE}`);
    expect(JAVA_PACKAGE).toBe('default-jre-headless');
  });

  it('is never installed with apt-get on GitHub Actions, even as root', () => {
    const none = chooseJava({ GITHUB_ACTIONS: 'true', PATH: '/usr/bin' }, on(), true);
    expect(none.kind).toBe('fail');
    expect(none.kind === 'fail' && none.message).toContain('actions/setup-java');
  });
});

describe('finding java', () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});

  it('as root with none there: installs, then uses the java the install put on PATH', () => {
    const present = new Set<string>();
    const install = vi.fn(() => present.add('/usr/bin/java'));
    expect(findJava({ env: { PATH: '/usr/local/bin:/usr/bin' }, exists: (p) => present.has(p), isRoot: true, install })).toBe('/usr/bin/java');
    expect(install).toHaveBeenCalledOnce();
  });

  it('as root, when the install puts no java on PATH: fails saying so', () => {
    const install = vi.fn();
    expect(() => findJava({ env: { PATH: '/usr/bin' }, exists: on(), isRoot: true, install })).toThrow(`apt-get install ${JAVA_PACKAGE} finished, but there is still no java on PATH`);
    expect(install).toHaveBeenCalledOnce();
  });

  it('as anyone else with none there: fails with the command to run, installing nothing', () => {
    const install = vi.fn();
    expect(() => findJava({ env: { PATH: '/usr/bin' }, exists: on(), isRoot: false, install })).toThrow(`sudo apt-get install -y ${JAVA_PACKAGE}`);
    expect(install).not.toHaveBeenCalled();
  });

  it('installs nothing when there is a java', () => {
    const install = vi.fn();
    expect(findJava({ env: { PATH: '/usr/bin' }, exists: on('/usr/bin/java'), isRoot: true, install })).toBe('/usr/bin/java');
    expect(install).not.toHaveBeenCalled();
  });
});
