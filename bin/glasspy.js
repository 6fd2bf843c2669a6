#!/usr/bin/env node
import '../dist/glasspy.mjs';
