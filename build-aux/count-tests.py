#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases (TAP subtests) in meson's testlog.json files.

    count-tests.py [--label WORD] testlog.json...

Prints, for what the logs hold together, a line naming the failed test
cases (when any failed), a line naming the skipped test cases with their
reasons (when any were skipped), then the closing line
"N passed, N failed" (after "WORD:" with --label).  A skipped test case
counts as neither.  A test program that failed without reporting a
failing subtest (a crash, a timeout) counts as one failure.  Exits 1 when
anything failed or nothing passed.
"""
import json
import re
import sys

args = sys.argv[1:]
label = ''
if args[:1] == ['--label']:
    label = args[1] + ': '
    args = args[2:]

passed = failed = 0
skips = {}   # reason -> names of the test cases skipped for it
failures = []  # "program: test case" of each failure
for path in args:
    with open(path, encoding='utf-8') as f:
        for line in f:
            test = json.loads(line)
            out = test.get('stdout') or ''
            bad = 0
            for m in re.finditer(r'^(not ok|ok) \d+ ?(.*)$', out, re.M):
                result, rest = m.group(1), m.group(2)
                skip = re.search(r'#\s*SKIP\b\s*(.*)$', rest, re.I)
                if result == 'ok' and skip:
                    name = rest[:skip.start()].strip() or test.get('name', '?')
                    skips.setdefault(skip.group(1).strip() or 'no reason given', []).append(name)
                elif result == 'ok':
                    passed += 1
                else:
                    bad += 1
                    failures.append('%s: %s' % (test.get('name', '?'),
                                                re.sub(r'\s*#.*$', '', rest).strip() or '?'))
            if test.get('result') not in ('OK', 'SKIP', 'EXPECTEDFAIL') and bad == 0:
                bad = 1
                failures.append('%s: %s' % (test.get('name', '?'),
                                            (test.get('result') or '?').lower()))
            failed += bad

if failures:
    print('%s%d failed: %s' % (label, len(failures), '; '.join(failures)))
n_skipped = sum(len(names) for names in skips.values())
if n_skipped:
    parts = []
    for reason, names in sorted(skips.items(), key=lambda kv: -len(kv[1])):
        shown = sorted(set(names))
        parts.append('%s (%d: %s)' % (reason, len(names), ', '.join(shown)))
    print('%s%d skipped: %s' % (label, n_skipped, '; '.join(parts)))
print('%s%d passed, %d failed' % (label, passed, failed))
sys.exit(1 if failed or not passed else 0)
