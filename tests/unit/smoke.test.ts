import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

test('glasspy -V names Glasspy and the Python version', () => {
  const out = execFileSync(process.execPath, ['bin/glasspy.js', '-V'], { encoding: 'utf8' });
  assert.match(out, /^Glasspy \S+ \(Python 3\.12\.1\)\n$/);
});
