#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Times `hrplan --import` and `hrplan --export-xml` on a generated plan.

Usage: bench/import-export.py [BUILD_DIR] [--policies N] [--activities M] [--runs R]

Generates a plan of N policies × M activities (default 100 × 100 = 10,000
activities) in the exchange format, imports it into a new database and
exports it again, each R times, and prints the best wall time and the peak
memory (max RSS) of each.  Targets on a 2-core machine: import ≤ 0.3 s,
export ≤ 0.2 s, peak memory ≤ 100 MB.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

TARGETS = {'import': 0.3, 'export': 0.2}
MEMORY_TARGET_MB = 100


def generate(path, n_policies, n_activities):
    with open(path, 'w', encoding='utf-8') as f:
        w = f.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w('<plan xmlns="urn:hrplan:plan:1" format-version="1" fiscal-year="2568">\n')
        w('  <organization>\n    <name>องค์การบริหารส่วนตำบลทดสอบ</name>\n  </organization>\n')
        w('  <title>แผนการบริหารและการพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ พ.ศ. 2568</title>\n')
        w('  <vision>เมืองน่าอยู่ ชุมชนมีความเข้มแข็ง</vision>\n')
        w('  <missions>\n    <mission id="m1">ส่งเสริมการพัฒนาด้านการเมืองและการบริหาร</mission>\n  </missions>\n')
        w('  <strategies>\n    <strategy id="s1" mission="m1">\n')
        w('      <title>การพัฒนาด้านการเมืองและการบริหาร</title>\n')
        w('      <goals>\n        <item>พัฒนาบุคลากร</item>\n      </goals>\n')
        w('    </strategy>\n  </strategies>\n  <policies>\n')
        for p in range(1, n_policies + 1):
            w(f'    <policy id="p{p}" strategy="s1">\n')
            w(f'      <title>ด้านการพัฒนาทรัพยากรบุคคล {p}</title>\n')
            w('      <description>ส่งเสริมและพัฒนาบุคลากรทุกระดับตำแหน่งให้มีความรู้ทักษะในการปฏิบัติงาน</description>\n')
            w('      <activities>\n')
            for a in range(1, n_activities + 1):
                w('        <activity>\n')
                w(f'          <name>{escape("โครงการฝึกอบรมสัมมนาศึกษาดูงาน")} {p}.{a}</name>\n')
                if a % 3:
                    w(f'          <budget>{p * 1000 + a}.50</budget>\n')
                if a % 2:
                    w('          <quarters q1="true" q2="false" q3="true" q4="false"/>\n')
                w('        </activity>\n')
            w('      </activities>\n    </policy>\n')
        w('  </policies>\n</plan>\n')


def measure(argv):
    """Runs argv; returns (seconds, max RSS in MB) of that child alone."""
    start = time.perf_counter()
    pid = os.fork() if hasattr(os, 'fork') else None
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execv(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f'failed: {" ".join(argv)}')
    return seconds, usage.ru_maxrss / 1024.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build', nargs='?', default='build')
    parser.add_argument('--policies', type=int, default=100)
    parser.add_argument('--activities', type=int, default=100)
    parser.add_argument('--runs', type=int, default=5)
    args = parser.parse_args()

    exe = os.path.abspath(os.path.join(args.build, 'src', 'hrplan'))
    if not os.access(exe, os.X_OK):
        sys.exit(f'no {exe}: build first (meson setup {args.build} && meson compile -C {args.build})')

    with tempfile.TemporaryDirectory() as tmp:
        xml = os.path.join(tmp, 'plan.xml')
        generate(xml, args.policies, args.activities)
        size_mb = os.path.getsize(xml) / 1e6
        print(f'plan: {args.policies} policies × {args.activities} activities '
              f'= {args.policies * args.activities} activities, {size_mb:.1f} MB of XML')

        results = {'import': [], 'export': []}
        for run in range(args.runs):
            db = os.path.join(tmp, f'bench-{run}.db')
            results['import'].append(measure([exe, f'--database={db}', f'--import={xml}']))
            out = os.path.join(tmp, f'out-{run}.xml')
            results['export'].append(measure([exe, f'--database={db}', f'--export-xml={out}']))

        ok = True
        for what, runs in results.items():
            best = min(s for s, _ in runs)
            median = sorted(s for s, _ in runs)[len(runs) // 2]
            peak = max(m for _, m in runs)
            fine = best <= TARGETS[what] and peak <= MEMORY_TARGET_MB
            ok &= fine
            print(f'{what:7s} best {best:.3f} s  median {median:.3f} s  peak {peak:.1f} MB  '
                  f'(target ≤ {TARGETS[what]} s, ≤ {MEMORY_TARGET_MB} MB) {"ok" if fine else "OVER"}')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
