"""Digests by email: golden parts, the message parsed back, hostile input, SMTP delivery end to end.

Golden files live in tests/golden/mail/; regenerate them deliberately with UPDATE_GOLDEN=1 pytest tests/test_mail.py
and review the diff.
"""

from __future__ import annotations

import argparse
import os
import socket
import ssl
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from digest import cli
from digest.config import Config, EmailSettings
from digest.errors import MailError, NothingToSend, UsageError
from digest.model import Analysis, Article, Conflict, Digest, KeyNumber, Quote, Sentence, SummaryLine, Visit
from digest.output import html as html_part
from digest.output import mail, markdown

GOLDEN = Path(__file__).parent / "golden" / "mail"
WHEN = datetime(2031, 4, 2, 9, 30, tzinfo=timezone(timedelta(hours=2)))
SETTINGS = EmailSettings(
    sender="Digest Bot <digest@example.org>",
    to=("desk@example.org", "Zoë Núñez <zoe@example.net>"),
    subject="Digest {date}: {visits} ({articles} articles, {languages})",
    message_id_domain="digest.example.org",
)
LONG_URL = "https://news.example.com/" + "/".join(["section-with-a-rather-long-name"] * 5) + "?utm_source=x&id=42"
HOSTILE = (
    '<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) '
    "<a href=\"javascript:alert(4)\">a</a> ![px](https://tracker.example/p.png) &lt;b&gt; &#60;i&#62;"
)


# ---------------------------------------------------------------- fixture corpus


def _article(aid: str, lang: str, visit: str, title: str, sentences: list[str], **meta: Any) -> Article:
    text = title + "\n\n" + " ".join(sentences) + "\n"
    spans, pos = [], len(title) + 2
    for s in sentences:
        spans.append(Sentence(pos, pos + len(s), 1))
        pos += len(s) + 1
    analysis = Analysis(
        lang=lang, title=title, source=None, date=None, blocks=(), sentences=tuple(spans),
        summary=tuple(range(len(spans))),
    )
    return Article(id=aid, path=f"{aid}.txt", text=text, analysis=analysis, title=title, lang=lang, visit=visit, **meta)


def _digest(title: str = "Ruritanian premier in Lisbon", sentence: str | None = None, url: str = LONG_URL) -> Digest:
    """A small invented corpus: two languages, a quote, conflicting figures, a long URL."""
    first = sentence or "The premier of Ruritania arrived in Lisbon on Tuesday for two days of talks."
    a1 = _article(
        "001_aaaa", "en", "2031-04-lisbon", title,
        [first, "Both sides signed nine agreements on energy, ports and rail freight."],
        source="Example Wire", url=url, date="2031-04-01",
    )
    a2 = _article(
        "002_bbbb", "de", "2031-04-lisbon", "Ruritaniens Premier in Lissabon: Häfen und Zölle",
        ["Der Handel wuchs im vergangenen Jahr um zwölf Prozent, sagte der Premier.",
         "Über die Zölle wurde keine Einigung erzielt."],
        source="Beispiel Zeitung", date="2031-04-02",
    )
    visit = Visit(
        id="2031-04-lisbon", title=title, start="2031-04-01", end="2031-04-02", place="Lisbon",
        grouped_by="folder", articles=(a1.id, a2.id),
        summary=(SummaryLine(a1.summary[0], a1.id, 0, 1), SummaryLine(a2.summary[0], a2.id, 0, 1)),
        participants=("Anna Kowalczyk",), languages=("en", "de"),
    )
    quote = Quote(
        0, 10, "We want ports that work for everyone, and we want them this decade.", speaker="Anna Kowalczyk",
        id="q1", article=a1.id, visit=visit.id,
    )
    numbers = (
        KeyNumber(0, 1, "12 %", 12.0, unit="%", what="trade growth last year", id="n1", article=a1.id, visit=visit.id),
        KeyNumber(0, 1, "zwölf Prozent", 15.0, unit="%", what="trade growth last year", id="n2", article=a2.id,
                  visit=visit.id),
    )
    return Digest(
        version="test", articles=(a1, a2), visits=(visit,), quotes=(quote,), numbers=numbers,
        conflicts=(Conflict(visit.id, "trade growth last year", ("n1", "n2")),),
    )


def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, "utf-8", newline="\n")
    assert path.exists(), f"{path} missing: run UPDATE_GOLDEN=1 pytest tests/test_mail.py"
    assert actual == path.read_text("utf-8"), f"{name} differs from the golden file (UPDATE_GOLDEN=1 to accept)"


def _parts(msg: EmailMessage) -> tuple[str, str]:
    plain, html = (p.get_content() for p in msg.iter_parts())
    return plain, html


def _wire(msg: EmailMessage) -> EmailMessage:
    """What a reader of `digest mail` gets: the bytes parsed back by the stdlib."""
    parsed = message_from_bytes(msg.as_bytes(policy=mail.PIPE_POLICY), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


# ---------------------------------------------------------------- the message


def test_text_and_html_parts_match_golden() -> None:
    plain, html = _parts(_wire(mail.build_message(_digest(), SETTINGS, WHEN)))
    _golden("digest.txt", plain)
    _golden("digest.html", html)


def test_plain_part_is_the_markdown_digest() -> None:
    d = _digest()
    plain, _ = _parts(mail.build_message(d, SETTINGS, WHEN, width=120))
    assert plain == markdown.render(d, 78)


def test_message_parses_back_well_formed() -> None:
    raw = mail.build_message(_digest(), SETTINGS, WHEN).as_bytes(policy=mail.PIPE_POLICY)
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["From"] == "Digest Bot <digest@example.org>"
    assert [a.addr_spec for a in msg["To"].addresses] == ["desk@example.org", "zoe@example.net"]
    assert msg["To"].addresses[1].display_name == "Zoë Núñez"
    assert msg["Subject"] == "Digest 2031-04-02: Ruritanian premier in Lisbon (2 articles, de, en)"
    assert msg["Date"].datetime == WHEN
    assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith("@digest.example.org>")
    assert msg["MIME-Version"] == "1.0"
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    for p in parts:
        assert p.get_content_charset() == "utf-8"
        assert p["Content-Transfer-Encoding"] == "quoted-printable"
    assert all(len(line) <= 78 for line in raw.split(b"\n")), "a line over 78 characters"
    assert raw.isascii()
    # The long URL survives transport whole, in both parts.
    plain, html = _parts(msg)
    assert LONG_URL in plain and f'href="{LONG_URL.replace("&", "&amp;")}"' in html


def test_non_ascii_subject_is_rfc2047_encoded() -> None:
    settings = replace(SETTINGS, subject="Übersicht: {visits}")
    raw = mail.build_message(_digest(title="Visite à Łódź"), settings, WHEN).as_bytes(policy=mail.PIPE_POLICY)
    header = raw.split(b"\nSubject: ", 1)[1].split(b"\n", 1)[0]
    assert header.startswith(b"=?utf-8?")
    assert message_from_bytes(raw, policy=policy.default)["Subject"] == "Übersicht: Visite à Łódź"


def test_output_is_deterministic() -> None:
    one = mail.build_message(_digest(), SETTINGS, WHEN).as_bytes()
    assert one == mail.build_message(_digest(), SETTINGS, WHEN).as_bytes()
    later = mail.build_message(_digest(), SETTINGS, WHEN + timedelta(days=1))
    assert later["Message-ID"] != message_from_bytes(one, policy=policy.default)["Message-ID"]


def test_message_id_domain_defaults_to_the_sender_domain() -> None:
    msg = mail.build_message(_digest(), replace(SETTINGS, message_id_domain=None), WHEN)
    assert msg["Message-ID"].endswith("@example.org>")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2031-04-02T09:30+02:00", WHEN),
        ("Wed, 02 Apr 2031 09:30:00 +0200", WHEN),
        ("2031-04-02", datetime(2031, 4, 2, tzinfo=timezone.utc)),
    ],
)
def test_date_option_accepts_iso_and_rfc2822(text: str, expected: datetime) -> None:
    assert mail.parse_date(text) == expected


def test_bad_date_option_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="--date"):
        mail.parse_date("next tuesday")


# ---------------------------------------------------------------- untrusted input


def test_cr_lf_in_subject_template_or_title_cannot_add_a_header() -> None:
    settings = replace(SETTINGS, subject="Digest\r\nBcc: spy@evil.example\n{visits}")
    d = _digest(title="Talks\r\nX-Injected: 1\nBcc: spy@evil.example\x00\x1b[31m")
    msg = _wire(mail.build_message(d, settings, WHEN))
    assert msg["Bcc"] is None and msg["X-Injected"] is None
    # The stdlib may fold this value onto a continuation line, hence strip().
    assert msg["Subject"].strip() == "Digest Bcc: spy@evil.example Talks X-Injected: 1 Bcc: spy@evil.example"
    assert sorted(msg.keys()) == sorted(
        ["From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted", "MIME-Version", "Content-Type"]
    )


@pytest.mark.parametrize(
    "template", ["{visits.__class__}", "{nope}", "{articles!r}", "{date:>99}", "{0}", "unclosed {visits"]
)
def test_subject_template_only_takes_known_fields(template: str) -> None:
    with pytest.raises(MailError, match="subject template"):
        mail.build_message(_digest(), replace(SETTINGS, subject=template), WHEN)


@pytest.mark.parametrize(
    "field,value",
    [
        ("sender", "digest@example.org\r\nBcc: spy@evil.example"),
        ("sender", "not an address"),
        ("to", ("desk@example.org\nBcc: spy@evil.example",)),
        ("to", ("desk@",)),
        ("to", ("desk@exa mple.org",)),
        ("to", ("a@b@example.org",)),
        ("message_id_domain", "evil.example>\r\nBcc: x"),
    ],
)
def test_bad_addresses_and_domains_are_refused(field: str, value: Any) -> None:
    with pytest.raises(MailError):
        mail.build_message(_digest(), replace(SETTINGS, **{field: value}), WHEN)


def test_idn_domains_are_sent_as_punycode() -> None:
    msg = _wire(mail.build_message(_digest(), replace(SETTINGS, to=("Zoë <zoe@exämple.org>", "x@example.org")), WHEN))
    assert [str(a) for a in msg["To"].addresses] == ["Zoë <zoe@xn--exmple-cua.org>", "x@example.org"]


def test_missing_recipient_is_a_clear_error_and_sender_has_a_default() -> None:
    msg = mail.build_message(_digest(), replace(SETTINGS, sender=None), WHEN)
    assert msg["From"] == mail.default_sender() and "@" in msg["From"]
    with pytest.raises(MailError, match="--to"):
        mail.build_message(_digest(), replace(SETTINGS, to=()), WHEN)


def test_hostile_article_text_is_inert_in_html() -> None:
    d = _digest(title=HOSTILE, sentence=HOSTILE, url="javascript:alert(5)")
    d = replace(d, quotes=(replace(d.quotes[0], text="</li></ul><script>alert(6)</script>", speaker=HOSTILE),))
    _, html = _parts(_wire(mail.build_message(d, SETTINGS, WHEN)))
    page = _Tags()
    page.feed(html)
    allowed = {"html", "head", "meta", "title", "body", "div", "p", "br", "ul", "li", "strong", "a"}
    allowed |= {"h1", "h2", "h3", "h4"}
    assert {t for t, _ in page.tags} <= allowed
    for tag, attrs in page.tags:
        assert not [k for k in attrs if k.startswith("on") or k == "src"], (tag, attrs)
        if tag == "a":
            assert str(attrs["href"]).startswith("https://news.example.com/"), attrs
    visible = "".join(page.text)
    # The markup is shown to the reader as the text it was, not run.
    assert "<script>alert(1)</script>" in visible and "<script>alert(6)</script>" in visible
    assert 'onerror="alert(2)"' in visible and "javascript:alert(5)" in visible


def test_html_renderer_is_inert_even_for_unescaped_markdown() -> None:
    """Second line of defence: raw HTML, images and script links in the Markdown itself stay text."""
    page = _Tags()
    page.feed(html_part.render(
        "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[a](javascript:alert(3)) "
        "[b](data:text/html,x) [c](vbscript:x) [d](/relative) [e](https://ok.example/)\n\n"
        "![p](https://tracker.example/p.png)\n",
        "t",
    ))
    assert {t for t, _ in page.tags} <= {"html", "head", "meta", "title", "body", "div", "p", "a"}
    # An image becomes a plain link: nothing loads when the message is opened.
    hrefs = [attrs["href"] for t, attrs in page.tags if t == "a"]
    assert hrefs == ["https://ok.example/", "https://tracker.example/p.png"]
    visible = "".join(page.text)
    assert "<script>alert(1)</script>" in visible and "<img src=x onerror=alert(2)>" in visible


# ---------------------------------------------------------------- the command


def _args(**kw: Any) -> argparse.Namespace:
    base: dict[str, Any] = dict(
        paths=[], visit=[], to=[], sender=None, subject=None, since=None, date="2031-04-02T09:30+02:00",
        message_id_domain=None, send=False,
    )
    return argparse.Namespace(**(base | kw))


def test_run_writes_the_message_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    conf = Config(email=SETTINGS)
    assert mail.run(_args(to=["other@example.org"], subject="{articles} articles"), conf, _digest()) == 0
    out = capsysbinary.readouterr().out
    msg = message_from_bytes(out, policy=policy.default)
    assert msg["To"] == "other@example.org" and msg["Subject"] == "2 articles"
    assert b"\r\n" not in out, "pipes to sendmail -t get local line endings"


def test_nothing_to_send_writes_nothing(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    empty = replace(_digest(), articles=(), visits=(), quotes=(), numbers=(), conflicts=())
    with pytest.raises(NothingToSend) as err:
        mail.run(_args(since="2999-01-01"), Config(email=SETTINGS), empty)
    assert err.value.exit_code == 3
    assert capsysbinary.readouterr().out == b""


def test_cli_end_to_end(tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    folder = tmp_path / "articles" / "2031-04-lisbon"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(
        "Premier visits Lisbon\n\nThe premier of Ruritania arrived in Lisbon on Tuesday for talks. "
        "Both sides signed nine agreements on energy and ports. Trade grew by 12 percent last year.\n",
        "utf-8",
    )
    (folder / "a.toml").write_text('title = "Premier visits Lisbon\\r\\nBcc: spy@evil.example"\n', "utf-8")
    common = [str(tmp_path / "articles"), "--no-cache", "--jobs", "1", "--config", str(tmp_path / "none.toml")]
    (tmp_path / "none.toml").write_text("", "utf-8")
    status = cli.main(["mail", *common, "--to", "desk@example.org", "--from", "d@example.org",
                       "--date", "2031-04-02", "--message-id-domain", "test.example"])
    out = capfdbinary.readouterr().out
    assert status == 0
    msg = message_from_bytes(out, policy=policy.default)
    assert msg.get_content_type() == "multipart/alternative" and msg["Bcc"] is None
    assert msg["Message-ID"].endswith("@test.example>")
    status = cli.main(["mail", *common, "--to", "desk@example.org", "--from", "d@example.org", "--since", "2999-01-01"])
    cap = capfdbinary.readouterr()
    assert (status, cap.out) == (3, b"")
    assert b"nothing to send" in cap.err


# ---------------------------------------------------------------- SMTP, end to end


class _Inbox:
    """An aiosmtpd handler that keeps what it accepts and rejects nobody@."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address.startswith("nobody@"):
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"desk", b"s3cret")
    return AuthResult(success=ok, handled=False)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _smtp_server(**kw: Any) -> Iterator[tuple[int, _Inbox]]:
    inbox = _Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, **kw)
    controller.start()
    try:
        yield port, inbox
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throw-away self-signed certificate for 127.0.0.1."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(*certificate)
    return ctx


@contextmanager
def _tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[int, _Inbox]]:
    """STARTTLS required before anything, then AUTH required."""
    with _smtp_server(
        tls_context=_server_context(certificate), require_starttls=True, auth_required=True,
        authenticator=_authenticator,
    ) as found:
        yield found


def _local(port: int, **kw: Any) -> EmailSettings:
    return replace(SETTINGS, **({"host": "127.0.0.1", "port": port, "security": "none"} | kw))


def test_smtp_delivers_the_message() -> None:
    with _smtp_server() as (port, inbox):
        msg = mail.build_message(_digest(), _local(port), WHEN)
        mail.send(msg, _local(port), timeout=5)
    [(sender, rcpts, content)] = inbox.messages
    assert sender == "digest@example.org" and rcpts == ["desk@example.org", "zoe@example.net"]
    # SMTP carries CRLF line endings; the parts are the same text.
    got = message_from_bytes(content.replace(b"\r\n", b"\n"), policy=policy.default)
    assert _parts(got) == _parts(msg) and got["Message-ID"] == msg["Message-ID"]


def test_smtp_starttls_and_auth_with_password_from_environment(
    certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_TEST_SMTP_PASSWORD", "s3cret")
    client_ctx = ssl.create_default_context(cafile=str(certificate[0]))
    with _tls_server(certificate) as (port, inbox):
        settings = _local(port, security="starttls", user="desk", password_env="DIGEST_TEST_SMTP_PASSWORD")
        mail.send(mail.build_message(_digest(), settings, WHEN), settings, mail.password(settings),
                  context=client_ctx, timeout=5)
    assert len(inbox.messages) == 1


def test_smtp_implicit_tls(certificate: tuple[Path, Path]) -> None:
    client_ctx = ssl.create_default_context(cafile=str(certificate[0]))
    with _smtp_server(ssl_context=_server_context(certificate)) as (port, inbox):
        settings = _local(port, security="tls")
        mail.send(mail.build_message(_digest(), settings, WHEN), settings, context=client_ctx, timeout=5)
    assert len(inbox.messages) == 1


def test_smtp_auth_failure_is_clear(certificate: tuple[Path, Path]) -> None:
    client_ctx = ssl.create_default_context(cafile=str(certificate[0]))
    with _tls_server(certificate) as (port, inbox):
        settings = _local(port, security="starttls", user="desk")
        with pytest.raises(MailError, match="authentication failed for user desk at 127.0.0.1:"):
            mail.send(mail.build_message(_digest(), settings, WHEN), settings, "wrong", context=client_ctx, timeout=5)
    assert inbox.messages == []


def test_smtp_untrusted_certificate_is_refused(certificate: tuple[Path, Path]) -> None:
    with _tls_server(certificate) as (port, inbox):
        settings = _local(port, security="starttls", user="desk")
        with pytest.raises(MailError, match="TLS with SMTP server at 127.0.0.1:.* failed"):
            mail.send(mail.build_message(_digest(), settings, WHEN), settings, "s3cret", timeout=5)
    assert inbox.messages == []


def test_smtp_recipient_rejected() -> None:
    with _smtp_server() as (port, inbox):
        settings = _local(port, to=("nobody@example.org",))
        with pytest.raises(MailError, match=r"recipient rejected: nobody@example.org \(550 5.1.1 no such mailbox\)"):
            mail.send(mail.build_message(_digest(), settings, WHEN), settings, timeout=5)
    assert inbox.messages == []


def test_smtp_password_needs_encryption_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    msg = mail.build_message(_digest(), SETTINGS, WHEN)
    monkeypatch.delenv("DIGEST_TEST_SMTP_PASSWORD", raising=False)
    settings = replace(SETTINGS, user="desk", password_env="DIGEST_TEST_SMTP_PASSWORD")
    with pytest.raises(MailError, match="DIGEST_TEST_SMTP_PASSWORD is not set"):
        mail.send(msg, settings, mail.password(settings))
    with pytest.raises(MailError, match="unencrypted"):
        mail.send(msg, replace(settings, security="none"), "s3cret")


def test_send_from_the_command_line(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Premier visits Lisbon\n\nThe premier arrived in Lisbon on Tuesday.\n", "utf-8")
    closed = _free_port()
    with _smtp_server() as (port, inbox):
        for at, security, status, expected in [
            (port, "none", 0, "sent to 1 recipient via 127.0.0.1:"),
            (closed, "none", 1, f"SMTP server refused connection at 127.0.0.1:{closed}"),
            (port, "starttls", 1, "does not offer STARTTLS"),
        ]:
            conf = tmp_path / "config.toml"
            conf.write_text(
                f'[email]\nfrom = "d@example.org"\nto = "desk@example.org"\nhost = "127.0.0.1"\n'
                f'port = {at}\nsecurity = "{security}"\n',
                "utf-8",
            )
            args = ["mail", str(folder), "--config", str(conf), "--no-cache", "--jobs", "1", "--send"]
            assert cli.main(args) == status
            cap = capfd.readouterr()
            assert cap.out == "" and expected in cap.err
    assert len(inbox.messages) == 1


@pytest.mark.parametrize("n, words", [(1, "1 article"), (2, "2 articles")])
def test_default_subject_counts_articles_in_words(n: int, words: str) -> None:
    digest = _digest()
    digest = replace(digest, articles=digest.articles[:n])
    assert len(digest.articles) == n
    assert f"({words}, " in mail.subject(EmailSettings().subject, digest, WHEN)
