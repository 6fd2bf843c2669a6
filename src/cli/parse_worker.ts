// The entry of deepstack.ts's parse worker (dist/parse_worker.cjs): a thread with a deep JS
// stack that parses the jobs posted to it. An entry of its own, so that the CLI's entry does
// not load node:worker_threads at each start.
import { parentPort } from 'node:worker_threads';
import { loadRunners } from './runners_loader.ts';

void loadRunners().then(({ serveParseJobs }) => serveParseJobs(parentPort!));
