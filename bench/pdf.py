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

With --libreoffice, also times LibreOffice (soffice, headless) converting
the sample as our own OpenDocument export (--export-odt) to PDF, the way
an office would make the PDF of a plan kept as a document, and prints how
many times faster hrplan is (target ≥ 10×).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from benchlib import load_generator

TARGETS = {18: 0.1, 1000: 0.5, 10000: 3.0}
MEMORY_TARGET_MB = 200


def measure(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read()
    if status != 0:
        sys.exit(f'{argv} failed: {proc.stderr.read()}')
    return elapsed, usage.ru_maxrss / 1024.0, out


def libreoffice_best(exe, db, tmp, runs):
    """The best time of soffice converting the sample, as our own .odt
    (hrplan --export-odt), to PDF: the way an office would make the PDF
    of the plan kept as a document."""
    soffice = shutil.which('soffice')
    if soffice is None:
        sys.exit('--libreoffice: soffice is not installed (Debian: libreoffice-writer-nogui)')
    source = os.path.join(tmp, 'plan.odt')
    subprocess.run([exe, '--database', db, '--export-odt', source], check=True,
                   stdout=subprocess.DEVNULL)
    profile = 'file://' + os.path.join(tmp, 'lo-profile')
    argv = [soffice, f'-env:UserInstallation={profile}', '--headless',
            '--convert-to', 'pdf:writer_pdf_Export', '--outdir', tmp, source]
    # The first run makes LibreOffice's profile: not counted.
    measure(argv)
    best = min(measure(argv)[0] for _ in range(runs))
    if not os.path.exists(os.path.join(tmp, 'plan.pdf')):
        sys.exit('--libreoffice: soffice made no PDF')
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build', nargs='?', default='build')
    parser.add_argument('--runs', type=int, default=3)
    parser.add_argument('--libreoffice', action='store_true',
                        help='also time LibreOffice converting the sample to PDF')
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
            if n == 18:
                sample_best = best

        if args.libreoffice:
            office = libreoffice_best(exe, os.path.join(tmp, '18.db'), tmp, args.runs)
            ratio = office / sample_best
            print(f'LibreOffice, our .odt of the sample to PDF: best {office:.3f} s; '
                  f'hrplan is {ratio:.1f}× faster (target ≥ 10×) {"ok" if ratio >= 10 else "SLOW"}')


if __name__ == '__main__':
    main()
