#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-a11y.py — what a screen reader announces: the real program on a
real database, read through AT-SPI (the accessibility bus) as Orca reads
it, in English and in Thai.

Every button on screen (push, toggle and menu buttons: shown, with a size)
has a name of its own: not empty, not a GTK type name ("GtkImage",
"GtkMenuButton"), without a mnemonic's underscore ("_ยกเลิก"), and not
said twice ("Cancel Cancel").  The
window is read as it opens, then on the pages a user goes to with the
keyboard: a strategy's, with Find and Replace open (End, Up, Ctrl+H in the
outline), a policy's with its activity table (Up twice more), and the
New Plan dialog (Ctrl+N) over it.  The
outline's add menu is checked by test-outline-focus.c (English) and
test-thai-ui.c (Thai).

Prints TAP.  Needs python3-gi and gir1.2-atspi-2.0 (build-aux/deps.sh),
a display and a session bus (the tests run under xvfb-run and
dbus-run-session)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError) as error:
    print(f'1..0 # SKIP no AT-SPI for Python here ({error}): install gir1.2-atspi-2.0')
    sys.exit(0)

BUTTONS = {'push button', 'toggle button', 'menu button', 'split button'}
TYPE_NAME = re.compile(r'^Gtk[A-Z]\w*$')
DOUBLED = re.compile(r'^(.+) \1$')
results = []


def check(ok, what):
    results.append((ok, what))
    print(('ok' if ok else 'not ok') + f' {len(results)} {what}', flush=True)


def find_application(proc, timeout=60):
    """The program's node on the accessibility bus, or None when it ended
    or did not come in time."""
    pid = proc.pid
    end = time.time() + timeout
    while time.time() < end and proc.poll() is None:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    return None


def on_screen(node):
    """Shown, with a size: GTK 4.8 sets no SHOWING state, and keeps the
    pages a stack does not show VISIBLE, but gives them no size."""
    try:
        if not node.get_state_set().contains(Atspi.StateType.VISIBLE):
            return False
        extents = node.get_extents(Atspi.CoordType.WINDOW)
        return extents.width > 0 and extents.height > 0
    except Exception:
        return False


def walk(node, found, depth=0):
    try:
        if depth > 60 or not node.get_state_set().contains(Atspi.StateType.VISIBLE):
            return
        role = node.get_role_name()
    except Exception:
        return
    if role in BUTTONS and on_screen(node):
        found.append(node)
    for i in range(node.get_child_count()):
        child = node.get_child_at_index(i)
        if child is not None:
            walk(child, found, depth + 1)


def buttons_of(app):
    found = []
    for i in range(app.get_child_count()):
        window = app.get_child_at_index(i)
        if window is not None:
            walk(window, found)
    return found


def describe(node):
    try:
        return f'{node.get_role_name()} “{node.get_name()}” (tooltip “{node.get_description()}”)'
    except Exception:
        return 'a button'


def check_names(app, language, at_least, showing=None):
    """Every button on screen named, once more than at_least of them (and
    one named showing, when given) are on screen."""
    buttons = []
    # The window builds its rows as it shows them: wait for them.
    end = time.time() + 30
    while time.time() < end:
        buttons = buttons_of(app)
        if len(buttons) > at_least and (showing is None or any(b.get_name() == showing for b in buttons)):
            break
        time.sleep(0.5)
    check(len(buttons) > at_least, f'{language}: the window shows its buttons ({len(buttons)})')
    if showing is not None:
        check(any(b.get_name() == showing for b in buttons), f'{language}: “{showing}” is on screen')
    unnamed = [b for b in buttons if not (b.get_name() or '').strip() or TYPE_NAME.match(b.get_name())]
    check(not unnamed, f'{language}: every button on screen has a name'
          + ''.join(f'\n#   {describe(b)}' for b in unnamed))
    underscored = [b for b in buttons if '_' in (b.get_name() or '')]
    check(not underscored, f'{language}: no name keeps a mnemonic underscore'
          + ''.join(f'\n#   {describe(b)}' for b in underscored))
    # GTK 4.8 reads a mnemonic button's label twice ("Cancel Cancel").
    doubled = [b for b in buttons if DOUBLED.match(b.get_name() or '')]
    check(not doubled, f'{language}: no name is said twice'
          + ''.join(f'\n#   {describe(b)}' for b in doubled))


def main_window(pid):
    """The X window of the program's main window: its largest one shown."""
    found = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid)],
                           capture_output=True, text=True).stdout.split()
    sizes = {}
    for window in found:
        shell = subprocess.run(['xdotool', 'getwindowgeometry', '--shell', window],
                               capture_output=True, text=True).stdout
        fields = dict(line.split('=', 1) for line in shell.split() if '=' in line)
        sizes[window] = int(fields.get('WIDTH', 0)) * int(fields.get('HEIGHT', 0))
    return max(sizes, key=sizes.get) if sizes else None


def press(pid, *keys):
    """Keys pressed on the program's window through the X server, as a
    keyboard does, one at a time."""
    window = main_window(pid)
    for key in keys:
        subprocess.run(['xdotool', 'windowfocus', '--sync', window, 'key', key], check=True)
        time.sleep(0.5)


# The name of a button that shows the page was reached.
REPLACE_ALL = {'': 'Replace All', 'th': 'แทนที่ทั้งหมด'}
ADD_ACTIVITY = {'': 'Add activity', 'th': 'เพิ่มกิจกรรม/โครงการ'}
CANCEL = {'': 'Cancel', 'th': 'ยกเลิก'}


def run(language, with_plan):
    exe = os.environ['HRPLAN_EXE']
    with tempfile.TemporaryDirectory(prefix='hrplan-a11y-') as folder:
        env = dict(os.environ)
        env.pop('GTK_A11Y', None)
        env.pop('NO_AT_BRIDGE', None)
        env['LANGUAGE'] = language
        env['XDG_DATA_HOME'] = os.path.join(folder, 'data')
        database = os.path.join(folder, 'plans.db')
        if with_plan:
            source = os.path.join(os.environ['G_TEST_SRCDIR'], '..', 'data', 'sample', 'hr-plan-2568.xml')
            subprocess.run([exe, '--database', database, '--import', source], env=env, check=True,
                           stdout=subprocess.DEVNULL)
        proc = subprocess.Popen([exe, '--database', database], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            app = find_application(proc)
            what = f'{language or "English"}, {"the sample plan" if with_plan else "no plan yet"}'
            ended = '' if proc.poll() is None else f' (it ended, status {proc.returncode})'
            check(app is not None, f'{what}: the program is on the accessibility bus{ended}')
            if app is not None:
                check_names(app, what, 10 if with_plan else 3)
            if app is not None and with_plan:
                # The outline has the focus: its last row (the action
                # plan), up to the last strategy; Find and Replace.
                press(proc.pid, 'End', 'Up', 'ctrl+h')
                check_names(app, f'{what}, a strategy, Find and Replace', 20, REPLACE_ALL[language])
                # Up twice: the last policy and its activities.
                press(proc.pid, 'Escape', 'Up', 'Up')
                check_names(app, f'{what}, a policy', 10, ADD_ACTIVITY[language])
                # A dialog: its buttons have mnemonics (“_Cancel”).
                press(proc.pid, 'ctrl+n')
                check_names(app, f'{what}, New Plan', 10, CANCEL[language])
        finally:
            if proc.poll() is None:
                proc.terminate()
            try:
                _, errors = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                _, errors = proc.communicate()
            # What the program said, for a failure's reader.
            for line in (errors or '').splitlines()[-20:]:
                print(f'# {line}')


def main():
    if Atspi.init() not in (0, 1):
        print('1..0 # SKIP AT-SPI does not start here')
        return 0
    for language in ('', 'th'):
        for with_plan in (True, False):
            run(language, with_plan)
    print(f'1..{len(results)}')
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
