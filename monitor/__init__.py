"""monitor: tells analysts which judgments changed between versions of a document they track."""

__version__ = "0.1.0"
