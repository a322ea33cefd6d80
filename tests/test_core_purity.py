"""The core must not load a front-end library: import it in a clean interpreter and look."""

from __future__ import annotations

import subprocess
import sys

CORE = (
    "digest.pipeline", "digest.reading", "digest.cleaning", "digest.language", "digest.sentences",
    "digest.summaries", "digest.quotes", "digest.speakers", "digest.numbers", "digest.visits",
    "digest.cache", "digest.config", "digest.selection", "digest.output.markdown", "digest.output.jsonout",
)


def test_core_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys\n"
        f"for m in {CORE!r}: __import__(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\nfrom digest.cli import parser\nparser().format_help()\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich', 'nltk', 'sumy', 'numpy'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
