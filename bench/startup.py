#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times HR Plan's window on a big plan: start to first frame, then the
whole action-plan table shown, and the window's peak memory.

Usage: bench/startup.py [BUILD_DIR] [--policies N] [--activities M] [--runs R]

Generates a plan of N policies × M activities (default 100 × 100 = 10,000
activities, the generator of bench/import-export.py), imports it into a new
database, then starts `hrplan --database DB` with HRPLAN_BENCH=1: the
program prints "first-frame" when its first frame is painted, selects the
action-plan table, prints "action-plan-frame" when that is painted and
quits.  Runs under xvfb-run when there is no display.  Targets on a
2-core machine: first frame ≤ 1 s, peak memory ≤ 200 MB.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from benchlib import load_generator

FIRST_FRAME_TARGET = 1.0
MEMORY_TARGET_MB = 200


def run_once(exe, db):
    env = dict(os.environ, HRPLAN_BENCH='1', GTK_A11Y='none', NO_AT_BRIDGE='1')
    start = time.perf_counter()
    proc = subprocess.Popen([exe, '--database', db], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True)
    marks = {}
    hwm = {}
    for line in proc.stdout:
        fields = line.split()
        if not fields:
            continue
        marks[fields[0]] = time.perf_counter() - start
        if len(fields) >= 3 and fields[1] == 'VmHWM:':
            hwm[fields[0]] = int(fields[2]) / 1024.0
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = status
    if 'first-frame' not in marks:
        sys.exit('hrplan did not paint a frame (exit status %d)' % status)
    return marks, usage.ru_maxrss / 1024.0, hwm


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build', nargs='?', default='build')
    parser.add_argument('--policies', type=int, default=100)
    parser.add_argument('--activities', type=int, default=100)
    parser.add_argument('--runs', type=int, default=3)
    args = parser.parse_args()

    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        if shutil.which('xvfb-run') is None:
            sys.exit('no display and no xvfb-run')
        os.execvp('xvfb-run', ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24',
                               sys.executable] + sys.argv)

    exe = os.path.abspath(os.path.join(args.build, 'src', 'hrplan'))
    generate = load_generator()
    with tempfile.TemporaryDirectory(prefix='hrplan-bench-') as tmp:
        xml = os.path.join(tmp, 'plan.xml')
        db = os.path.join(tmp, 'plans.db')
        generate(xml, args.policies, args.activities)
        subprocess.run([exe, '--database', db, '--import', xml], check=True,
                       stdout=subprocess.DEVNULL)
        n = args.policies * args.activities
        print(f'plan: {args.policies} policies × {args.activities} activities = {n} activities')

        firsts, tables, peaks, first_peaks = [], [], [], []
        for _ in range(args.runs):
            marks, peak, hwm = run_once(exe, db)
            if 'first-frame' in hwm:
                first_peaks.append(hwm['first-frame'])
            firsts.append(marks['first-frame'])
            if 'action-plan-frame' in marks:
                tables.append(marks['action-plan-frame'] - marks['first-frame'])
            peaks.append(peak)

        ok = 'ok' if min(firsts) <= FIRST_FRAME_TARGET else 'SLOW'
        print(f'start to first frame  best {min(firsts):.3f} s  median {sorted(firsts)[len(firsts) // 2]:.3f} s'
              f'  (target ≤ {FIRST_FRAME_TARGET} s) {ok}')
        if tables:
            print(f'action-plan table shown  best {min(tables):.3f} s after the first frame')
        if first_peaks:
            print(f'peak memory at the first frame  {max(first_peaks):.1f} MB')
        ok = 'ok' if max(peaks) <= MEMORY_TARGET_MB else 'TOO BIG'
        print(f'peak memory  {max(peaks):.1f} MB  (target ≤ {MEMORY_TARGET_MB} MB) {ok}')
        renderer = os.environ.get('GSK_RENDERER', 'default')
        print(f'(GSK renderer: {renderer}; GSK_RENDERER=cairo compares without GL)')


if __name__ == '__main__':
    main()
