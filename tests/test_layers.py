"""The layers of ARCHITECTURE.md: everything below the UI works without Qt."""

from __future__ import annotations

import subprocess
import sys


def test_domain_services_models_and_storage_never_import_qt() -> None:
    probe = (
        "import sys, pkgutil, importlib, rustool\n"
        "layers = ('rustool.domain', 'rustool.models', 'rustool.services', 'rustool.documents')\n"
        "for package in layers:\n"
        "    module = importlib.import_module(package)\n"
        "    for info in pkgutil.walk_packages(module.__path__, package + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "import rustool.db, rustool.paths, rustool.cli\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
