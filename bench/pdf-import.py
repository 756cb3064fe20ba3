#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `hrplan --import-document` of a PDF of about 100 pages.

Usage: bench/pdf-import.py [BUILD_DIR] [--runs R] [--activities N]

Exports a generated plan (10 policies of N/10 activities, 600 by default:
about 100 pages, most of them the action-plan table) with
`hrplan --export-pdf`, then imports that PDF R times into a new database
and prints the best wall time, the pages and the activities found.
Target on a 2-core machine: a 100-page PDF in ≤ 3 s.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

from benchlib import load_generator

TARGET_SECONDS = 3.0


def run(argv):
    proc = subprocess.run(argv, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f'{" ".join(argv)} failed: {proc.stderr}')
    return proc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('build', nargs='?', default='build')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--activities', type=int, default=600)
    args = parser.parse_args()

    hrplan = os.path.join(args.build, 'src', 'hrplan')
    if not os.access(hrplan, os.X_OK):
        sys.exit(f'{hrplan} not found: build first (meson compile -C {args.build})')
    generate = load_generator()

    with tempfile.TemporaryDirectory(prefix='hrplan-bench-') as tmp:
        xml = os.path.join(tmp, 'plan.xml')
        pdf = os.path.join(tmp, 'plan.pdf')
        generate(xml, 10, max(1, args.activities // 10))
        db = os.path.join(tmp, 'export.db')
        run([hrplan, f'--database={db}', f'--import={xml}'])
        out = run([hrplan, f'--database={db}', f'--export-pdf={pdf}']).stdout
        pages = re.search(r'\((\d+) pages\)', out)
        pages = int(pages.group(1)) if pages else 0

        best = None
        found = ''
        for i in range(args.runs):
            target_db = os.path.join(tmp, f'import-{i}.db')
            start = time.perf_counter()
            proc = run([hrplan, f'--database={target_db}', f'--import-document={pdf}'])
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
            found = proc.stdout.strip()

        verdict = 'ok' if best <= TARGET_SECONDS else 'SLOW'
        print(f'pages: {pages}')
        print(f'import-document: {best:.2f} s (best of {args.runs}; target ≤ {TARGET_SECONDS:.0f} s: {verdict})')
        print(f'{found}')


if __name__ == '__main__':
    main()
