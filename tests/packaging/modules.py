"""The packaging helpers, loaded from their files: packaging/ is not a Python package (its
name would hide the `packaging` library everything else imports)."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


@cache
def packaging_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"rustool_packaging_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and typing look the module up by name
    spec.loader.exec_module(module)
    return module
