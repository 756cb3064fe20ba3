#!/usr/bin/env python3
"""Counts test cases (TAP subtests) in meson's testlog.json files.

Prints "passed failed" for the given logs.  A test program that failed
without reporting a failing subtest (a crash, a timeout) counts as one
failure.
"""
import json
import re
import sys

passed = failed = 0
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        for line in f:
            test = json.loads(line)
            out = test.get('stdout') or ''
            ok = len(re.findall(r'^ok \d+', out, re.M))
            bad = len(re.findall(r'^not ok \d+', out, re.M))
            if test.get('result') not in ('OK', 'SKIP', 'EXPECTEDFAIL') and bad == 0:
                bad = 1
            passed += ok
            failed += bad
print(passed, failed)
