"""Digests by email: one multipart/alternative message (Markdown text, inert HTML), written or sent over SMTP."""

from __future__ import annotations

import argparse
import getpass
import hashlib
import os
import re
import smtplib
import socket
import ssl
import string
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timezone
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime

from digest.config import Config, EmailSettings
from digest.errors import MailError, NothingToSend, UsageError
from digest.model import Digest
from digest.output import common, html, markdown
from digest.safety import one_line

MAX_WIDTH = 78
"""RFC 5322 recommends lines of at most 78 characters; the text part is wrapped to fit."""
HTML_WIDTH = 100_000
"""Markdown width for the HTML part: in effect no wrapping."""
SUBJECT_FIELDS = ("visits", "articles", "article_count", "languages", "date")
SUBJECT_VISITS = 3
"""Visit titles named in {visits} before the rest are counted."""
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOSTNAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*$")
# Pipes to sendmail/msmtp expect the local line ending; SMTP itself gets CRLF from smtplib.
PIPE_POLICY = policy.SMTP.clone(linesep="\n")


def run(args: argparse.Namespace, conf: Config, digest: Digest) -> int:
    """`digest mail`: write the message to stdout, or deliver it with --send; returns the exit status."""
    if args.since:
        try:
            date.fromisoformat(args.since)
        except ValueError:
            raise UsageError(f"--since {one_line(args.since)}: expected a date like 2025-11-12") from None
    if not digest.articles:
        raise NothingToSend("nothing to send: no article matches the selection (no message written)")
    settings = replace(
        conf.email,
        sender=args.sender or conf.email.sender,
        to=tuple(args.to) or conf.email.to,
        subject=args.subject or conf.email.subject,
        message_id_domain=args.message_id_domain or conf.email.message_id_domain,
    )
    when = parse_date(args.date) if args.date else datetime.now(timezone.utc).astimezone()
    msg = build_message(digest, settings, when, width=min(conf.width, MAX_WIDTH))
    if args.send:
        send(msg, settings, password(settings))
        n = len(recipients(settings.to))
        print(
            f"digest: sent to {n} recipient{'s' * (n != 1)} via {settings.host}:{settings.port}",
            file=sys.stderr,
        )
        return 0
    sys.stdout.buffer.write(msg.as_bytes(policy=PIPE_POLICY))
    sys.stdout.flush()
    return 0


def parse_date(text: str) -> datetime:
    """A Date header value from RFC 2822 or ISO 8601 text; without a zone it is UTC."""
    text = text.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            raise UsageError(
                f"--date {one_line(text)}: expected ISO 8601 (2025-11-12T09:00+01:00) or RFC 2822"
            ) from None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def subject(template: str, digest: Digest, when: datetime) -> str:
    """The Subject from its template, on one line: no CR/LF from any source can add a header."""
    allowed = ", ".join("{" + f + "}" for f in SUBJECT_FIELDS)
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise MailError(f"subject template {template!r}: {exc} (fields: {allowed}; write {{{{ for a brace)") from None
    for _, name, spec, conversion in parsed:
        # Only plain field names: attribute or index access would reach into Python objects.
        if name is not None and (name not in SUBJECT_FIELDS or spec or conversion):
            raise MailError(f"subject template {template!r}: unknown field {{{name}}}; use {allowed}")
    titles = [one_line(v.title) or v.id for v in digest.visits]
    visits = "; ".join(titles[:SUBJECT_VISITS])
    if len(titles) > SUBJECT_VISITS:
        visits += f" and {len(titles) - SUBJECT_VISITS} more"
    values = {
        "visits": visits,
        "articles": str(len(digest.articles)),
        "article_count": f"{len(digest.articles)} article{'' if len(digest.articles) == 1 else 's'}",
        "languages": ", ".join(common.languages(digest.articles)),
        "date": when.date().isoformat(),
    }
    return one_line(template.format(**values))


def recipients(values: Sequence[str]) -> list[Address]:
    """Addresses from --to / email.to values (each may hold a comma-separated list)."""
    return [a for v in values for a in _addresses(v, "recipient")]


def _addresses(value: str, what: str) -> list[Address]:
    # A control character in a config value or option could otherwise smuggle in a header.
    if one_line(value) != value.strip() or not value.strip():
        raise MailError(f"{what} {value!r} is not a valid email address")
    out = []
    for name, spec in getaddresses([value]):
        user, _, domain = spec.rpartition("@")
        try:
            # SMTP without SMTPUTF8 takes only ASCII domains: an IDN goes as its punycode form.
            addr = Address(display_name=name, username=user, domain=domain.encode("idna").decode("ascii"))
            Address(addr_spec=addr.addr_spec)
        except (ValueError, TypeError, IndexError, UnicodeError, HeaderParseError):
            addr = None
        # getaddresses() is lenient: it drops spaces and stray parts, which could redirect a typo.
        if addr is None or not user or not domain or spec not in value or re.search(r"\s", spec):
            raise MailError(f"{what} {value!r} is not a valid email address (user@domain); see --from/--to")
        out.append(addr)
    return out


def default_sender() -> str:
    """The From address when none is configured: the login name at this host, as mail(1) uses."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "digest"
    return f"{user}@{socket.gethostname() or 'localhost'}"


def build_message(digest: Digest, settings: EmailSettings, when: datetime, *, width: int = MAX_WIDTH) -> EmailMessage:
    """The digest as one RFC 5322 message: text/plain (the Markdown digest) then text/html."""
    if not settings.to:
        raise MailError("no recipient: give --to ADDR or set email.to in config.toml")
    sender = _addresses(settings.sender or default_sender(), "sender")
    if len(sender) != 1:
        raise MailError(f"sender {settings.sender!r} must be a single address")
    to = recipients(settings.to)
    domain = settings.message_id_domain
    if not domain:
        # A sender at a domain like 'my_box' must not stop a run nobody configured.
        domain = sender[0].domain if _HOSTNAME.match(sender[0].domain) else "localhost"
    elif not _HOSTNAME.match(domain):
        raise MailError(f"Message-ID domain {domain!r} is not a host name (--message-id-domain)")
    title = subject(settings.subject, digest, when)
    plain = markdown.render(digest, min(width, MAX_WIDTH))
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender[0]
    msg["To"] = to
    msg["Subject"] = title
    msg["Date"] = format_datetime(when)
    # Derived from the content, so a fixed date and domain give byte-identical output.
    seed = "\n".join([msg["Date"], str(msg["From"]), str(msg["To"]), title, plain])
    digest_id = hashlib.sha256(seed.encode()).hexdigest()[:32]
    msg["Message-ID"] = f"<{digest_id}@{domain}>"
    # RFC 3834: keeps vacation responders from answering a cron job.
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    # The same Markdown unwrapped: a browser wraps to the reader's window, and quoted-printable
    # keeps the transported lines short.
    page = html.render(markdown.render(digest, HTML_WIDTH), title)
    msg.add_alternative(page, subtype="html", charset="utf-8", cte="quoted-printable")
    # Quoted-printable writes '=' as '=3D', so a boundary starting '=_' can never occur in a part.
    msg.set_boundary(f"=_{digest_id}")
    return msg


def password(settings: EmailSettings) -> str | None:
    """The SMTP password, only ever from the environment variable named by email.password_env."""
    if not settings.password_env:
        return None
    return os.environ.get(settings.password_env)


def send(
    msg: EmailMessage,
    settings: EmailSettings,
    secret: str | None = None,
    *,
    context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
) -> None:
    """Deliver over SMTP with the [email] settings; every failure is a MailError with a clear reason."""
    where = f"{settings.host}:{settings.port}"
    if settings.user and secret is None:
        var = settings.password_env
        raise MailError(
            f"no password for user {settings.user}: "
            + (f"environment variable {var} is not set" if var else "set email.password_env to a variable holding it")
        )
    if settings.user and settings.security == "none":
        raise MailError(
            f"refusing to send the password of user {settings.user} unencrypted to {where}; "
            'set email.security = "starttls" or "tls"'
        )
    ctx = context or ssl.create_default_context()
    try:
        if settings.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=ctx)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with smtp:
            if settings.security == "starttls":
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    raise MailError(
                        f"SMTP server at {where} does not offer STARTTLS, which email.security requires; "
                        'use "tls" for port 465, or "none" for a trusted local relay'
                    )
                smtp.starttls(context=ctx)
                smtp.ehlo()
            if settings.user:
                _login(smtp, settings.user, secret or "", where)
            _deliver(smtp, msg, where)
    except smtplib.SMTPServerDisconnected as exc:
        raise MailError(f"SMTP server at {where} closed the connection ({exc})") from None
    except smtplib.SMTPException as exc:
        raise MailError(f"SMTP error at {where}: {_reply(exc)}") from None
    except ConnectionRefusedError:
        raise MailError(f"SMTP server refused connection at {where}") from None
    except ssl.SSLError as exc:
        raise MailError(f"TLS with SMTP server at {where} failed: {exc.reason or exc}") from None
    except TimeoutError:
        raise MailError(f"SMTP server at {where} did not answer within {timeout:g} s") from None
    except socket.gaierror as exc:
        raise MailError(f"cannot find SMTP host {settings.host}: {exc.strerror}") from None
    except OSError as exc:
        raise MailError(f"cannot reach SMTP server at {where}: {exc.strerror or exc}") from None


def _login(smtp: smtplib.SMTP, user: str, secret: str, where: str) -> None:
    try:
        smtp.login(user, secret)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"authentication failed for user {user} at {where}: {_reply(exc)}") from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(f"SMTP server at {where} does not offer authentication; unset email.user") from None


def _deliver(smtp: smtplib.SMTP, msg: EmailMessage, where: str) -> None:
    try:
        refused = smtp.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        raise MailError("recipient rejected: " + _refusals(exc.recipients)) from None
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(f"sender rejected: {exc.sender} ({_reply(exc)})") from None
    except smtplib.SMTPDataError as exc:
        raise MailError(f"message rejected by SMTP server at {where}: {_reply(exc)}") from None
    if refused:
        # The others did receive it: still a failure, so cron reports it.
        raise MailError("recipient rejected: " + _refusals(refused) + " (delivered to the other recipients)")


def _refusals(refused: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(f"{addr} ({code} {_text(reply)})" for addr, (code, reply) in refused.items())


def _reply(exc: smtplib.SMTPException) -> str:
    """The server's code and text, when the exception carries them."""
    code = getattr(exc, "smtp_code", None)
    text = getattr(exc, "smtp_error", None)
    if code is None:
        return one_line(str(exc))
    return f"{code} {_text(text)}".strip()


def _text(reply: bytes | str | None) -> str:
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    return one_line(reply)
