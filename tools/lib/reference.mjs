// The reference interpreter, native CPython 3.12.1 under pyenv, as the tools run it.
// Tools only: tests never start the reference.
import { execFileSync, spawnSync } from 'node:child_process';

export const REFERENCE_VERSION = '3.12.1';

let cachedExecutable = null;

/** Absolute path of the reference's python3 binary (resolved through the pyenv shim once). */
export function referenceExecutable() {
  if (cachedExecutable === null) {
    const out = execFileSync('python3', ['-c', 'import sys; print(sys.executable, sys.version.split()[0])'], {
      env: { ...process.env, PYENV_VERSION: REFERENCE_VERSION },
      encoding: 'utf8',
    }).trim();
    const [exe, version] = out.split(' ');
    if (version !== REFERENCE_VERSION) {
      throw new Error(`reference is Python ${version}, expected ${REFERENCE_VERSION} (is pyenv ${REFERENCE_VERSION} installed?)`);
    }
    cachedExecutable = exe;
  }
  return cachedExecutable;
}

/** The reference's pure-Python standard library folder (where its ast.py lives). */
export function referenceStdlibDir() {
  return execFileSync(referenceExecutable(), ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
    encoding: 'utf8',
  }).trim();
}

/**
 * The environment both interpreters get when expected outputs are made or checked: no
 * PYTHON* or NODE* variables, no terminal size (argparse wraps at 80 columns), UTF-8 locale,
 * UTC as the local time zone (time.localtime and friends).
 */
export function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    if (k.startsWith('PYTHON') || k.startsWith('NODE_') || k === 'COLUMNS' || k === 'LINES') continue;
    if (k.startsWith('LC_') || k === 'LANG' || k === 'LANGUAGE') continue;
    env[k] = v;
  }
  env.LC_ALL = 'C.UTF-8';
  env.TZ = 'UTC';
  return env;
}

/**
 * Runs the reference with argv[0] set to `argv0`. CPython names itself after argv[0] in its
 * usage and "can't open file" messages, so running it as "glasspy" makes those messages
 * name our program without any rewriting of its output.
 */
export function runReference(args, { cwd, input, argv0 = 'glasspy', env = cleanEnv(), maxBuffer = 1 << 30 } = {}) {
  return spawnSync(referenceExecutable(), args, { cwd, input: input ?? '', argv0, env, maxBuffer });
}
