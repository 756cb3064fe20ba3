# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benchmark scripts share."""
import importlib.util
import os


def load_generator():
    """generate() of import-export.py: a plan of a given size in the exchange format."""
    here = os.path.dirname(os.path.abspath(__file__))
    spec = importlib.util.spec_from_file_location('import_export', os.path.join(here, 'import-export.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate
