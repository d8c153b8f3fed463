"""Translations: the .ts sources kept in step with the code, and the .qm files built from them.

    .venv/bin/python tools/i18n.py update    rewrite rustool/resources/i18n/*.ts from the code
    .venv/bin/python tools/i18n.py release   build the .qm files (Qt's lrelease) and the
                                             pseudo-language used to find cut-off labels
    .venv/bin/python tools/i18n.py check     exit 1 when a .ts is behind the code or a string
                                             is untranslated or loses a placeholder

Qt's lupdate does not see the project's `_t("...")` helpers (one per module, each bound to a
context), so the strings are found here with Python's own parser. A string is marked by:

- `self.tr("...")` in a class: context = the class. PySide6 looks a string up under the
  *runtime* class's name, so it is listed under every subclass in the package as well;
- `QCoreApplication.translate("context", "...")`;
- `_t("...")` where the module defines `_t` as `QCoreApplication.translate("context", text)`;
- `N_("context", "...")` and `Labels("context", {"code": "...", ...})` (rustool.texts):
  marked where they are defined, outside Qt, and translated where they are read.

The text must be a literal (placeholders as `{name}`, filled after translation); a call with
anything else is reported, since no translator would ever see it.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "rustool"
I18N_DIR = PACKAGE / "resources" / "i18n"
SOURCE_LANGUAGE = "nb"
TRANSLATED = ("nn", "en")
QT_LANGUAGE = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB", "pseudo": "en_GB"}
PSEUDO = "pseudo"

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
# Qt's message keys: a context and a source text (and an optional disambiguation).
Key = tuple[str, str, str]


@dataclass
class Catalog:
    """The marked strings of the code, and the calls that cannot be extracted."""

    messages: dict[Key, list[str]] = field(default_factory=lambda: defaultdict(list))
    problems: list[str] = field(default_factory=list)

    def add(self, context: str, text: str, comment: str, where: str) -> None:
        self.messages[(context, text, comment)].append(where)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_translate(func: ast.expr) -> bool:
    """`QCoreApplication.translate(...)` or rustool.texts' `translate(...)`."""
    return (isinstance(func, ast.Attribute) and func.attr == "translate") or (
        isinstance(func, ast.Name) and func.id == "translate"
    )


def _module_context(tree: ast.Module) -> str | None:
    """The context a module's `_t` helper translates in, when it has one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_t":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _is_translate(inner.func) and inner.args:
                    return _literal(inner.args[0])
    return None


def _bases(tree: ast.Module) -> Iterator[tuple[str, list[str]]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            names = [
                base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                for base in node.bases
            ]
            yield node.name, names


class _Visitor(ast.NodeVisitor):
    def __init__(self, catalog: Catalog, path: str, module_context: str | None) -> None:
        self.catalog = catalog
        self.path = path
        self.module_context = module_context
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _where(self, node: ast.AST) -> str:
        return f"{self.path}:{getattr(node, 'lineno', 0)}"

    def _mark(self, context: str, args: list[ast.expr], node: ast.Call) -> None:
        text = _literal(args[0]) if args else None
        comment = _literal(args[1]) if len(args) > 1 else ""
        if text is None or comment is None:
            self.catalog.problems.append(f"{self._where(node)}: the text is not a literal")
            return
        self.catalog.add(context, text, comment, self._where(node))

    def _mark_labels(self, node: ast.Call) -> None:
        """`Labels("context", {"code": "word", ...})`: every word."""
        context, words = _literal(node.args[0]), node.args[1]
        if context is None or not isinstance(words, ast.Dict):
            self.catalog.problems.append(f"{self._where(node)}: Labels needs literals")
            return
        for value in words.values:
            self._mark(context, [value], node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            is_self = isinstance(func.value, ast.Name) and func.value.id == "self"
            if is_self and self.classes:
                self._mark(self.classes[-1], node.args, node)
            else:
                self.catalog.problems.append(f"{self._where(node)}: tr() on another object")
        elif isinstance(func, ast.Name) and func.id == "_t" and self.module_context:
            self._mark(self.module_context, node.args, node)
        elif isinstance(func, ast.Name) and func.id == "Labels" and len(node.args) == 2:
            self._mark_labels(node)
        elif (_is_translate(func) or (isinstance(func, ast.Name) and func.id == "N_")) and (
            len(node.args) >= 2
        ):
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if text is not None and context is None:
                self.catalog.problems.append(f"{self._where(node)}: the context is not a literal")
            elif text is not None and context is not None:
                self._mark(context, node.args[1:], node)
            # Else a value marked elsewhere (with N_, or a `_t` helper's parameter) is shown.
        self.generic_visit(node)


def _subclasses(trees: Iterable[ast.Module]) -> dict[str, set[str]]:
    """Every class's subclasses in the package, direct or not (by class name)."""
    direct: dict[str, set[str]] = defaultdict(set)
    for tree in trees:
        for name, bases in _bases(tree):
            for base in bases:
                direct[base].add(name)
    result: dict[str, set[str]] = {}
    for name in list(direct):
        found: set[str] = set()
        todo = [name]
        while todo:
            for sub in direct.get(todo.pop(), ()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        result[name] = found
    return result


def extract(package: Path = PACKAGE) -> Catalog:
    """Every marked string in the package's Python files."""
    catalog = Catalog()
    trees = {}
    for path in sorted(package.rglob("*.py")):
        trees[path] = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for path, tree in trees.items():
        relative = path.relative_to(package.parent).as_posix()
        _Visitor(catalog, relative, _module_context(tree)).visit(tree)
    subclasses = _subclasses(trees.values())
    for (context, text, comment), where in list(catalog.messages.items()):
        for sub in subclasses.get(context, ()):
            catalog.messages[(sub, text, comment)].extend(where)
    return catalog


def ts_path(language: str) -> Path:
    return I18N_DIR / f"rustool_{language}.ts"


def read_ts(path: Path) -> dict[Key, str]:
    """The translations a .ts file holds (empty for one not finished)."""
    if not path.exists():
        return {}
    translations: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            element = message.find("translation")
            done = element is not None and element.get("type") not in ("unfinished", "vanished")
            text = (element.text or "") if element is not None else ""
            translations[(name, source, comment)] = text if done else ""
    return translations


def write_ts(path: Path, language: str, keys: Iterable[Key], translations: dict[Key, str]) -> None:
    """The .ts file for `language`: the keys in order, with what is translated so far."""
    root = ET.Element(
        "TS",
        version="2.1",
        language=QT_LANGUAGE[language],
        sourcelanguage=QT_LANGUAGE[SOURCE_LANGUAGE],
    )
    by_context: dict[str, list[Key]] = defaultdict(list)
    for key in sorted(keys):
        by_context[key[0]].append(key)
    for name, context_keys in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for key in context_keys:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = key[1]
            if key[2]:
                ET.SubElement(message, "comment").text = key[2]
            translated = translations.get(key, "")
            element = ET.SubElement(message, "translation")
            element.text = translated
            if not translated:
                element.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def _reuse(key: Key, old: dict[Key, str]) -> str:
    """A translation for `key`: its own, else the same text's in another context (a string
    moved, or a subclass's copy of its base class's strings)."""
    if old.get(key):
        return old[key]
    for (_, text, comment), translated in old.items():
        if translated and text == key[1] and comment == key[2]:
            return translated
    return ""


def update() -> None:
    catalog = extract()
    for problem in catalog.problems:
        print(f"i18n: {problem}", file=sys.stderr)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        path = ts_path(language)
        old = read_ts(path)
        kept = {key: _reuse(key, old) for key in catalog.messages}
        write_ts(path, language, catalog.messages, kept)
        missing = sum(1 for text in kept.values() if not text)
        print(f"{path.relative_to(ROOT)}: {len(kept)} strings, {missing} untranslated")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems() -> list[str]:
    """What keeps the translations from being complete and correct."""
    catalog = extract()
    found = list(catalog.problems)
    for language in TRANSLATED:
        translations = read_ts(ts_path(language))
        for key in catalog.messages:
            context, text, _ = key
            if key not in translations:
                found.append(f"{language}: not in the .ts (run update): {context}: {text!r}")
            elif not translations[key]:
                found.append(f"{language}: untranslated: {context}: {text!r}")
            elif placeholders(translations[key]) != placeholders(text):
                found.append(f"{language}: placeholders differ: {context}: {text!r}")
        for key in translations.keys() - catalog.messages.keys():
            found.append(f"{language}: no longer in the code (run update): {key[0]}: {key[1]!r}")
    return found


_PSEUDO_LETTERS = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüÿÀÉÎÕÜŸçñšž")


def pseudo(text: str) -> str:
    """A longer, accented version of `text` with its placeholders, mnemonic and line breaks
    intact: a label cut off or laid out too tight shows at once."""
    parts = re.split(r"(\{[a-z_]*\}|<[^>]+>|&[a-z]+;|\n)", text)
    changed = "".join(
        part
        if PLACEHOLDER.fullmatch(part) or part.startswith(("<", "&")) or part == "\n"
        # Accents on letters; '&&' and a mnemonic '&x' survive since '&' is kept.
        else part.translate(_PSEUDO_LETTERS)
        for part in parts
    )
    padding = "·" * max(2, len(text) * 2 // 5)
    return f"[{changed}{padding}]" if text.strip() else text


def _lrelease() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def release(out_dir: Path = I18N_DIR) -> list[Path]:
    """Build the .qm files of the translations and of the pseudo-language into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    catalog = extract()
    pseudo_ts = out_dir / f"rustool_{PSEUDO}.ts"
    write_ts(pseudo_ts, PSEUDO, catalog.messages, {key: pseudo(key[1]) for key in catalog.messages})
    sources = [ts_path(language) for language in TRANSLATED]
    sources += [*sorted(I18N_DIR.glob("qtbase_*.ts")), pseudo_ts]
    built = []
    try:
        for source in sources:
            target = out_dir / source.with_suffix(".qm").name
            subprocess.run(
                [str(_lrelease()), "-silent", str(source), "-qm", str(target)],
                check=True,
            )
            built.append(target)
    finally:
        pseudo_ts.unlink()
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args()
    if args.command == "update":
        update()
    elif args.command == "release":
        for path in release():
            print(path.relative_to(ROOT))
    else:
        found = problems()
        for problem in found:
            print(problem)
        sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
