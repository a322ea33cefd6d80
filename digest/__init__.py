"""digest: per-visit digests (summaries, quotes by speaker, key numbers) from multilingual news."""

__version__ = "0.1.0"
