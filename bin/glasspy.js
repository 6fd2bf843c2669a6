#!/usr/bin/env node
// The `glasspy` command. CommonJS (see bin/package.json) so that startup never pays for
// Node's ESM loader; the bundle is built by tools/build.mjs.
require('../dist/glasspy.cjs');
