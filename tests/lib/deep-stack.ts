// The parser recurses as deep as CPython's (MAXSTACK 6000 rule levels), which needs more JS
// stack than Node's default (the CLI retries on a deep-stack worker). A test that parses
// arbitrary inputs in-process runs its body in a child Node with a bigger stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = 'GLASSPY_DEEP_STACK_TEST';

/**
 * Registers test `name`, whose body `run` (returning failure descriptions) runs in a child with a
 * 7 MB stack. `moduleUrl` is the calling test file's import.meta.url.
 */
export function deepStackTest(moduleUrl: string, name: string, run: () => string[]): void {
  if (process.env[CHILD] === name) {
    const failures = run();
    for (const f of failures) console.log(f);
    console.log(`${name}: ${failures.length} failure(s)`);
    process.exitCode = failures.length === 0 ? 0 : 1;
    return;
  }
  test(name, () => {
    const r = spawnSync(process.execPath, ['--stack-size=7000', '--import', 'tsx', fileURLToPath(moduleUrl)], {
      encoding: 'utf8',
      env: { ...process.env, [CHILD]: name },
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 0 failure\\(s\\)`));
  });
}
