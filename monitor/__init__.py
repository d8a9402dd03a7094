"""monitor: tells analysts which judgments changed between versions of a document they track."""

from monitor import codecache

__version__ = "0.1.0"

codecache.install()  # dataclasses' generated methods compiled once, not in every process (codecache.py)
