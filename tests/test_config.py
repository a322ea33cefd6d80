"""config.toml: defaults, validation, and messages that name the file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from digest.config import Config, load
from digest.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.toml"
    p.write_text(text, "utf-8")
    return p


def test_shipped_config_is_valid_and_documented_defaults_hold() -> None:
    conf = load(ROOT / "config.toml", required=True)
    assert conf.warnings == ()
    assert conf.summary.sentences == Config().summary.sentences
    assert conf.width == 78


def test_missing_optional_file_gives_defaults(tmp_path: Path) -> None:
    assert load(tmp_path / "none.toml") == Config()
    with pytest.raises(ConfigError, match="no such config file"):
        load(tmp_path / "none.toml", required=True)


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    p = _write(tmp_path, 'width = 70\n[summary\nmethod = "lead"\n')
    with pytest.raises(ConfigError) as exc:
        load(p)
    assert f"{p}:2:9:" in str(exc.value)


def test_wrong_type_names_key_and_line(tmp_path: Path) -> None:
    p = _write(tmp_path, '\n[summary]\nsentences = "three"\n')
    with pytest.raises(ConfigError, match=r"config.toml:3: 'summary.sentences' must be a whole number"):
        load(p)


def test_unknown_keys_are_warned_not_fatal(tmp_path: Path) -> None:
    conf = load(_write(tmp_path, 'colour = "red"\n[summary]\nlength = 3\n'))
    assert any("config.toml:1" in w and "colour" in w for w in conf.warnings)
    assert any("summary.length" in w for w in conf.warnings)


def test_visits_are_validated(tmp_path: Path) -> None:
    good = load(_write(tmp_path, '[[visits]]\nid = "2024-11-astana"\nstart = 2024-11-27\nend = "2024-11-28"\n'))
    assert good.visits[0].start == "2024-11-27" and good.visits[0].end == "2024-11-28"
    with pytest.raises(ConfigError, match="must be a date"):
        load(_write(tmp_path, '[[visits]]\nid = "x"\nstart = "27/11/2024"\n'))
    with pytest.raises(ConfigError, match="ends .* before it starts"):
        load(_write(tmp_path, '[[visits]]\nid = "x"\nstart = 2024-11-27\nend = 2024-11-01\n'))


def test_password_is_never_read_from_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="password_env"):
        load(_write(tmp_path, '[email]\npassword = "hunter2"\n'))


def test_speakers_section(tmp_path: Path) -> None:
    conf = load(_write(tmp_path, '[speakers]\n"Xi Jinping" = ["Xi", "Си Цзиньпин"]\n[speakers.Macron]\nrole = "President"\n'))
    assert conf.speakers[0].aliases == ("Xi", "Си Цзиньпин")
    assert conf.speakers[1].role == "President"
