#!/usr/bin/env node
// The `mprof` command: what pip's console-script wrapper for memory_profiler's mprof does
// (sys.argv[0] is the command's name, then mprof.main()), run by Glasspy.
process.argv.splice(2, 0, '-c', "import sys\nfrom mprof import main\nsys.argv[0] = 'mprof'\nsys.exit(main())");
require('../dist/glasspy.cjs');
