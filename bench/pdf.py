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
the sample written as a document (made from HTML: its headings,
paragraphs, lists and the action-plan table; an .odt) to PDF, the way an office would make the PDF
by hand, and prints how many times faster hrplan is (target ≥ 10×).
"""
import argparse
import html
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

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


NS = {'p': 'urn:hrplan:plan:1'}


def plan_as_html(xml_path, html_path):
    """The plan of xml_path as one HTML document, laid out as it prints."""
    root = ET.parse(xml_path).getroot()

    def text(element, name):
        found = element.find(f'p:{name}', NS)
        return html.escape((found.text or '').strip()) if found is not None else ''

    def items(element, name):
        return [html.escape((i.text or '').strip()) for i in element.findall(f'p:{name}/p:item', NS)]

    org = root.find('p:organization', NS)
    out = ['<html><head><meta charset="utf-8"><style>body{font-family:"Laksaman";font-size:16pt}'
           'table{border-collapse:collapse}td,th{border:1px solid black}</style></head><body>',
           f'<h1 align="center">{text(root, "title")}</h1>',
           f'<h2 align="center">{text(org, "name")} {text(org, "district")} {text(org, "province")}</h2>']
    for paragraph in text(root, 'preamble').split('\n'):
        out.append(f'<p>{paragraph}</p>')
    out.append(f'<h2>วิสัยทัศน์</h2><p>{text(root, "vision")}</p><h2>พันธกิจ</h2><ol>')
    out += [f'<li>{html.escape((m.text or "").strip())}</li>' for m in root.findall('p:missions/p:mission', NS)]
    out.append('</ol><h2>ยุทธศาสตร์การพัฒนา</h2>')
    for n, strategy in enumerate(root.findall('p:strategies/p:strategy', NS), 1):
        out.append(f'<h3>ยุทธศาสตร์ที่ {n} {text(strategy, "title")}</h3>')
        for name, heading in (('goals', 'เป้าหมาย'), ('objectives', 'เป้าประสงค์'), ('indicators', 'ตัวชี้วัด')):
            out.append(f'<h4>{heading}</h4><ol>' + ''.join(f'<li>{i}</li>' for i in items(strategy, name)) + '</ol>')
    out.append('<h2>จุดยืนทางยุทธศาสตร์</h2><ol>' + ''.join(f'<li>{i}</li>' for i in items(root, 'positions')) + '</ol>')
    policies = root.findall('p:policies/p:policy', NS)
    out.append('<h2>นโยบายการบริหารและการพัฒนาทรัพยากรบุคคล</h2>')
    for n, policy in enumerate(policies, 1):
        out.append(f'<h3>{n}. {text(policy, "title")}</h3><p>{text(policy, "description")}</p>')
    out.append('<table><tr><th>นโยบาย</th><th>กิจกรรม/โครงการ</th><th>งบประมาณ</th>'
               '<th>ไตรมาส ๑</th><th>ไตรมาส ๒</th><th>ไตรมาส ๓</th><th>ไตรมาส ๔</th></tr>')
    for n, policy in enumerate(policies, 1):
        activities = policy.findall('p:activities/p:activity', NS) or [None]
        for i, activity in enumerate(activities):
            cells = [f'<td rowspan="{len(activities)}">{n}. {text(policy, "title")}</td>'] if i == 0 else []
            name = text(activity, 'name') if activity is not None else ''
            budget = text(activity, 'budget') if activity is not None else ''
            cells += [f'<td>{name}</td>', f'<td align="right">{budget or "-"}</td>'] + ['<td></td>'] * 4
            out.append('<tr>' + ''.join(cells) + '</tr>')
    out.append('</table></body></html>')
    with open(html_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))


def libreoffice_best(sample, tmp, runs):
    """The best time of soffice converting the sample, as HTML, to PDF."""
    soffice = shutil.which('soffice')
    if soffice is None:
        sys.exit('--libreoffice: soffice is not installed (Debian: libreoffice-writer-nogui)')
    source = os.path.join(tmp, 'plan.html')
    plan_as_html(sample, source)
    profile = 'file://' + os.path.join(tmp, 'lo-profile')
    # The HTML made a Writer document first (not counted, nor is the first
    # run, which makes the profile): what is timed is .odt to PDF.
    measure([soffice, f'-env:UserInstallation={profile}', '--headless',
             '--convert-to', 'odt:writerweb8_writer', '--outdir', tmp, source])
    argv = [soffice, f'-env:UserInstallation={profile}', '--headless',
            '--convert-to', 'pdf:writer_pdf_Export', '--outdir', tmp, os.path.join(tmp, 'plan.odt')]
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
            office = libreoffice_best(plans[0][1], tmp, args.runs)
            ratio = office / sample_best
            print(f'LibreOffice, the sample as a document to PDF: best {office:.3f} s; '
                  f'hrplan is {ratio:.1f}× faster (target ≥ 10×) {"ok" if ratio >= 10 else "SLOW"}')


if __name__ == '__main__':
    main()
