#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `hrplan --export-docx` and `--export-odt` and their peak memory,
against LibreOffice converting our .odt to .docx.

Usage: bench/docx.py [BUILD_DIR] [--runs R]

Exports the sample plan (18 activities) and a generated plan of
10 × 100 (1,000) activities, each R times, and prints the best wall time,
the size of the file and the peak memory (max RSS) of each export.  Then
LibreOffice (soffice, headless, a profile of its own made by a first run
not counted) converts each .odt hrplan wrote to .docx, R times, which is
what an office would do by hand to get a Word file: its best time, and
how many times faster hrplan's own .docx is.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from benchlib import load_generator


def measure(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f'{argv} failed: {proc.stderr.read()}')
    return elapsed, usage.ru_maxrss / 1024.0


def best_of(argv, runs):
    best, peak = None, 0.0
    for _ in range(runs):
        elapsed, rss = measure(argv)
        best = elapsed if best is None else min(best, elapsed)
        peak = max(peak, rss)
    return best, peak


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build', nargs='?', default='build')
    parser.add_argument('--runs', type=int, default=3)
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    exe = os.path.abspath(os.path.join(args.build, 'src', 'hrplan'))
    soffice = shutil.which('soffice')
    generate = load_generator()
    with tempfile.TemporaryDirectory(prefix='hrplan-bench-') as tmp:
        plans = [(18, os.path.join(root, 'data', 'sample', 'hr-plan-2568.xml'))]
        path = os.path.join(tmp, 'plan-1000.xml')
        generate(path, 10, 100)
        plans.append((1000, path))
        profile = 'file://' + os.path.join(tmp, 'lo-bench')

        for n, xml in plans:
            db = os.path.join(tmp, f'{n}.db')
            subprocess.run([exe, '--database', db, '--import', xml], check=True,
                           stdout=subprocess.DEVNULL)
            times = {}
            for kind in ('docx', 'odt'):
                out = os.path.join(tmp, f'{n}.{kind}')
                best, peak = best_of([exe, '--database', db, f'--export-{kind}={out}'], args.runs)
                times[kind] = best
                print(f'{n:5d} activities  --export-{kind:<4}  best {best:.3f} s  '
                      f'{os.path.getsize(out) / 1024:7.1f} KB  peak {peak:.1f} MB')
            if soffice is None:
                print('LibreOffice (soffice) is not installed: no comparison')
                continue
            outdir = os.path.join(tmp, f'lo-{n}')
            argv = [soffice, f'-env:UserInstallation={profile}', '--headless',
                    '--convert-to', 'docx', '--outdir', outdir, os.path.join(tmp, f'{n}.odt')]
            measure(argv)   # the profile made, not counted
            office, office_peak = best_of(argv, args.runs)
            if not os.path.exists(os.path.join(outdir, f'{n}.docx')):
                sys.exit('soffice made no .docx')
            print(f'{n:5d} activities  LibreOffice .odt → .docx  best {office:.3f} s  '
                  f'peak {office_peak:.1f} MB; hrplan --export-docx is {office / times["docx"]:.0f}× faster')


if __name__ == '__main__':
    main()
