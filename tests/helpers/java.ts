/**
 * A Java runtime for the W3C Nu HTML checker (vnu.jar, tests/helpers/vnu.ts).
 *
 * Which java: `$JAVA_HOME/bin/java` when JAVA_HOME is set, else the first `java` in a folder of
 * PATH, as a shell would find it. One console line says which is used. Only when there is none does
 * root install Debian's default-jre-headless with apt-get; anyone else, and any GitHub Actions run,
 * is told what to do. vnu-jar's own postinstall download of a Java runtime is never relied on.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's package for a Java runtime without a display (OpenJDK 17 on Debian 12; vnu.jar asks for 17 or later). */
export const JAVA_PACKAGE = 'default-jre-headless';

export type JavaChoice =
  | { kind: 'use'; path: string; why: string }
  | { kind: 'install' }
  | { kind: 'fail'; message: string };

/**
 * Chooses the java executable, without touching the machine: `env` is the environment, `exists`
 * says whether an executable file is at a path, `isRoot` whether apt-get may be run.
 */
export function chooseJava(env: Record<string, string | undefined>, exists: (path: string) => boolean, isRoot: boolean): JavaChoice {
  const home = env.JAVA_HOME;
  if (home) {
    // A runtime named on purpose is never swapped for another one, nor installed.
    const path = join(home, 'bin', 'java');
    return exists(path)
      ? { kind: 'use', path, why: 'JAVA_HOME' }
      : { kind: 'fail', message: `JAVA_HOME is ${home}, but there is no executable file at ${path}. Point JAVA_HOME at a Java runtime (17 or later), or unset it to use the java on PATH.` };
  }
  // As a shell looks a command up: each folder of PATH in order; an empty entry is not searched.
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  const found = folders.map((folder) => join(folder, 'java')).find((path) => exists(path));
  if (found) return { kind: 'use', path: found, why: 'the first java on PATH' };
  const none = 'The W3C HTML checker (vnu.jar) needs a Java runtime, 17 or later, and there is no java on PATH and no JAVA_HOME.';
  if (env.GITHUB_ACTIONS === 'true') {
    return { kind: 'fail', message: `${none} On GitHub Actions, add the actions/setup-java step (it sets JAVA_HOME) instead of installing one with apt-get.` };
  }
  if (!isRoot) {
    return { kind: 'fail', message: `${none} Install one (on Debian: sudo apt-get install -y ${JAVA_PACKAGE}), or set JAVA_HOME to a Java runtime's folder.` };
  }
  return { kind: 'install' };
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Installs Debian's Java runtime with apt-get (root only). */
function aptInstallJava(): void {
  console.log(`No java found: installing Debian's ${JAVA_PACKAGE} with apt-get (about a minute)...`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', JAVA_PACKAGE], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** What {@link findJava} needs of the machine; the tests give it a pretend one. */
export interface JavaMachine {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  isRoot: boolean;
  install: () => void;
}

/** The java executable, installing one when {@link chooseJava} says so; throws its instruction otherwise. */
export function findJava(machine: JavaMachine): string {
  const { env, exists, isRoot } = machine;
  let choice = chooseJava(env, exists, isRoot);
  if (choice.kind === 'install') {
    machine.install();
    choice = chooseJava(env, exists, isRoot);
    if (choice.kind === 'install') choice = { kind: 'fail', message: `apt-get install ${JAVA_PACKAGE} finished, but there is still no java on PATH (${env.PATH ?? ''}).` };
  }
  if (choice.kind === 'fail') throw new Error(choice.message);
  console.log(`The HTML checker runs on ${choice.path} (${choice.why}).`);
  return choice.path;
}

let javaPath: string | undefined;

/** This machine's java, installing Debian's default-jre-headless as root when there is none (see chooseJava). */
export function ensureJava(): string {
  javaPath ??= findJava({ env: process.env, exists: isExecutableFile, isRoot: process.getuid?.() === 0, install: aptInstallJava });
  return javaPath;
}
