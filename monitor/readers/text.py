"""Plain text, Markdown and reST: decoded as they are; segment() finds their structure itself."""

from __future__ import annotations

from monitor.normalize import decode
from monitor.readers.blocks import ReadText

VERSION = "1"
LIBRARY: str | None = None


def check(data: bytes, where: str) -> None:
    """Decoding is the check: a binary or undecodable file is refused before it is stored."""
    decode(data, where)


def read(data: bytes, where: str) -> ReadText:
    return ReadText("text", decode(data, where))
