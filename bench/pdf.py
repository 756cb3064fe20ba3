#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `hrplan --export-pdf` and its peak memory.

Usage: bench/pdf.py [BUILD_DIR] [--runs R]

Renders the sample plan (18 activities) and generated plans of 10 × 100
(1,000) and 100 × 100 (10,000) activities, each R times, and prints the
best wall time, the pages, the peak memory (max RSS) and the time per
1,000 activities, which stays about the same when the time grows linearly
with the rows.  Targets on a 2-core machine: sample ≤ 0.1 s, 1,000
activities ≤ 0.5 s, 10,000 activities ≤ 3 s and ≤ 200 MB.
"""
import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time

TARGETS = {18: 0.1, 1000: 0.5, 10000: 3.0}
MEMORY_TARGET_MB = 200


def load_generator():
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location('import_export', os.path.join(here, 'import-export.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


def measure(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read()
    if status != 0:
        sys.exit(f'{argv} failed: {proc.stderr.read()}')
    return elapsed, usage.ru_maxrss / 1024.0, out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build', nargs='?', default='build')
    parser.add_argument('--runs', type=int, default=3)
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    exe = os.path.abspath(os.path.join(args.build, 'src', 'hrplan'))
    generate = load_generator()
    with tempfile.TemporaryDirectory(prefix='hrplan-bench-') as tmp:
        plans = [(18, os.path.join(root, 'data', 'sample', 'hr-plan-2568.xml'))]
        for policies, activities in ((10, 100), (100, 100)):
            path = os.path.join(tmp, f'plan-{policies * activities}.xml')
            generate(path, policies, activities)
            plans.append((policies * activities, path))

        for n, xml in plans:
            db = os.path.join(tmp, f'{n}.db')
            pdf = os.path.join(tmp, f'{n}.pdf')
            subprocess.run([exe, '--database', db, '--import', xml], check=True,
                           stdout=subprocess.DEVNULL)
            best, peak, out = None, 0.0, ''
            for _ in range(args.runs):
                elapsed, rss, out = measure([exe, '--database', db, '--export-pdf', pdf])
                best = elapsed if best is None else min(best, elapsed)
                peak = max(peak, rss)
            pages = out.strip().rsplit('(', 1)[-1].rstrip(')')
            ok = 'ok' if best <= TARGETS[n] and peak <= MEMORY_TARGET_MB else 'SLOW'
            print(f'{n:6d} activities  {pages:>10}  best {best:.3f} s  '
                  f'{best / n * 1000:.3f} s per 1,000  peak {peak:.1f} MB  '
                  f'(target ≤ {TARGETS[n]} s, ≤ {MEMORY_TARGET_MB} MB) {ok}')


if __name__ == '__main__':
    main()
