"""The exception hierarchy: raised by the core, translated only at the edges (CLI, TUI)."""

from __future__ import annotations


class DigestError(Exception):
    """Base of every error the tool reports to a user."""

    exit_code: int = 1


class UsageError(DigestError):
    """The command line asks for something impossible (missing PATH, unknown visit)."""

    exit_code = 2


class ConfigError(DigestError):
    """config.toml cannot be read or has invalid values; the message names file, line and key."""


class InputError(DigestError):
    """One article file cannot be read; the run goes on without it."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


class CacheError(DigestError):
    """The cache database is unusable; callers fall back to no cache."""


class MailError(DigestError):
    """A message could not be built or delivered."""


class NothingToSend(DigestError):
    """The selection holds no article: cron jobs must not mail empty digests."""

    exit_code = 3
