#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Registro authors
"""check-translations.py SOURCE_DIR [--lupdate LUPDATE --project PROJECT.cmake
                                   --generator GenerateLUpdateProject.cmake --cmake CMAKE]:
the translations-complete test.

With the --lupdate options, temporary copies of the .ts files are first brought up to date
with the sources (the same lupdate run as the `lupdate` target, into a temporary directory;
the committed files are not touched), so that a tr() string that was never extracted counts
as unfinished too.

Fails when
  1. translations/registro_{nl,it,fr}.ts (brought up to date) has a message that is
     unfinished, empty, or lacks a plural form; or
  2. a source file in widgets/ or app/ passes a bare string literal to a call that shows text
     to the user (setText, setWindowTitle, QMessageBox, addAction, ...) instead of tr().

Limits, on purpose kept simple and honest:
  - Without the --lupdate options, check 1 only sees the committed .ts files: a string that
    was never extracted (`cmake --build build --target lupdate`) passes.
  - Check 2 is a heuristic over single lines. It catches QStringLiteral("..."),
    QLatin1String("...") and plain "..." literals as the first argument of the listed calls.
    Text built elsewhere and passed in a variable, multi-line calls, and calls that are not
    listed are not seen. Literals without letters (numbers, punctuation, "%1") are allowed,
    and a line may opt out with a trailing `// i18n-ok: <reason>` comment (for texts that
    are not words, e.g. product names or file patterns).
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LANGUAGES = ("nl", "it", "fr")
VISIBLE_CALLS = (
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setLabelText", "setPrefix", "setSuffix", "setHeaderLabels", "addAction", "addMenu",
    "addTab", "insertTab", "setTabText", "showMessage", "setInformativeText", "setDetailedText",
    "QAction", "QMenu", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QMessageBox::information", "QMessageBox::warning", "QMessageBox::critical", "QMessageBox::question",
)
LITERAL = r'(?:QStringLiteral\(\s*"|QLatin1String\(\s*"|QLatin1StringView\(\s*"|u"|")((?:[^"\\]|\\.)*)"'
CALL_RE = re.compile(r'\b(' + "|".join(re.escape(c) for c in VISIBLE_CALLS) + r')\s*\(\s*(?:[^,()]*,\s*)?' + LITERAL)


def check_ts(path):
    problems = []
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        return [f"{path}: cannot read: {error}"]
    count = 0
    for context in root.iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source", default="")
            translation = message.find("translation")
            where = f"{path.name}: [{context_name}] \"{source}\""
            if translation is None:
                problems.append(f"{where}: no translation")
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished":
                problems.append(f"{where}: unfinished")
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not forms or any(not (f.text or "").strip() for f in forms):
                    problems.append(f"{where}: empty plural form")
            elif not (translation.text or "").strip():
                problems.append(f"{where}: empty translation")
    if count == 0:
        problems.append(f"{path.name}: no messages at all; run the lupdate target")
    return problems


def check_sources(source_dir):
    problems = []
    for area in ("widgets", "app"):
        for path in sorted((source_dir / area).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                stripped = line.strip()
                if stripped.startswith("//") or "i18n-ok" in line:
                    continue
                for match in CALL_RE.finditer(line):
                    text = match.group(2)
                    if re.search(r"[A-Za-z]{2,}", text.replace("%1", "")):
                        rel = path.relative_to(source_dir)
                        problems.append(f"{rel}:{number}: \"{text}\" shown by {match.group(1)}() is not wrapped in tr()")
    return problems


def refreshed_copies(args, source_dir, workdir):
    """Runs lupdate over the sources into copies of the .ts files; returns their paths."""
    copies = []
    for language in LANGUAGES:
        copy = workdir / f"registro_{language}.ts"
        shutil.copy(source_dir / "translations" / f"registro_{language}.ts", copy)
        copies.append(copy)
    project = workdir / "lupdate_project.json"
    subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}", "-P", args.generator],
                   check=True, stdout=subprocess.DEVNULL)
    command = [args.lupdate, "-project", str(project), "-no-obsolete", "-locations", "none", "-silent", "-ts"]
    subprocess.run(command + [str(c) for c in copies], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return copies


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source_dir", type=pathlib.Path)
    parser.add_argument("--lupdate")
    parser.add_argument("--project")
    parser.add_argument("--generator")
    parser.add_argument("--cmake", default="cmake")
    args = parser.parse_args()
    source_dir = args.source_dir
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.lupdate:
            ts_files = refreshed_copies(args, source_dir, pathlib.Path(tmp))
        else:
            ts_files = [source_dir / "translations" / f"registro_{language}.ts" for language in LANGUAGES]
        for ts_file in ts_files:
            problems += check_ts(ts_file)
    problems += check_sources(source_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"translations-complete: {len(problems)} problem(s); "
              "run `cmake --build build --target lupdate`, then translate the unfinished messages")
        return 1
    print("translations-complete: all NL, IT and FR messages translated; no bare visible literals found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
