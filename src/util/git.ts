/**
 * Runs git in a folder, against that folder's own repository: variables a hook or a wrapper may
 * set to point git elsewhere (GIT_DIR and its kin) are dropped.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

/** `git <args>` in `cwd`, with `env` added to the environment; output as bytes, up to 512 MB. */
export function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<Buffer> {
  const all = { ...process.env, ...env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_COMMON_DIR']) delete all[name];
  return spawnSync('git', args, { cwd, env: all, maxBuffer: 512 * 1024 * 1024 });
}
