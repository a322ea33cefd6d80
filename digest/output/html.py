"""The HTML part of a digest email: the Markdown digest rendered inert, with light inline CSS."""

from __future__ import annotations

import html
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# Mail clients drop <style> blocks and external sheets, so each element carries its own style.
_STYLE = {
    "h1": "font-size:22px;margin:0 0 12px;color:#1a1a1a",
    "h2": "font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid #ddd;color:#1a1a1a",
    "h3": "font-size:15px;margin:20px 0 6px;color:#333",
    "h4": "font-size:14px;margin:16px 0 6px;color:#333",
    "p": "margin:0 0 10px",
    "ul": "margin:0 0 10px;padding-left:22px",
    "li": "margin:0 0 4px",
    "a": "color:#0b57d0",
}
_BODY = (
    "margin:0;padding:16px;background:#ffffff;color:#222;"
    "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5"
)
_SAFE_LINK = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)


def _safe_link(url: str) -> bool:
    """Only web and mail links: no javascript:, data:, file: or relative targets."""
    return bool(_SAFE_LINK.match(url))


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Raw HTML is shown as text and images as their alt text, so article text can never
    # run script, load a tracking pixel or restyle the message.
    # Line breaks are kept: the caller renders the Markdown unwrapped, so every break in it
    # separates things (title, source line, link) that belong on lines of their own.
    md = MarkdownIt("commonmark", {"html": False, "breaks": True}).disable("image")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return md


def render(markdown: str, title: str = "Digest") -> str:
    """A complete HTML document from the unwrapped Markdown digest; every piece of text is escaped."""
    md = _parser()
    tokens = md.parse(markdown)
    for tok in tokens:
        for t in [tok, *(tok.children or [])]:
            if t.nesting == 1 and t.tag in _STYLE:
                t.attrSet("style", _STYLE[t.tag])
            if t.type == "link_open":
                t.attrSet("rel", "noopener noreferrer")
    body = md.renderer.render(tokens, md.options, {})
    return (
        "<!DOCTYPE html>\n"
        '<html>\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n"
        f'<body style="{_BODY}">\n<div style="max-width:720px;margin:0 auto">\n'
        f"{body}</div>\n</body>\n</html>\n"
    )
