"""The MonitorError hierarchy: every user mistake or bad input, named after the situation."""

from __future__ import annotations


class MonitorError(Exception):
    """A problem the user can fix; the CLI prints its one-line message and exits with status 2."""


class ConfigError(MonitorError):
    """config.yaml is missing, unreadable, not valid YAML or has a bad key or value."""


class InputError(MonitorError):
    """A document cannot be read as text: missing, unreadable, binary, too large."""


class BinaryFileError(InputError):
    """The file holds binary data, not text."""


class VersionNotFound(MonitorError):
    """A document or version named on the command line is not in the snapshot store."""


class StoreError(MonitorError):
    """The snapshot store cannot be read or written (permissions, full disk, corrupt manifest)."""


class StoreLocked(StoreError):
    """Another process holds the snapshot store's lock."""


class ReviewError(MonitorError):
    """`monitor review` cannot read the repository: not a git repository, an unknown ref, git missing."""


class FileUnstable(InputError):
    """The file changed while it was being read (an editor is mid-save); read it again later."""


class OutsideRoots(InputError):
    """A file under a watched folder leads outside every watched folder (a symlink or a hard link)."""


class UnsupportedType(BinaryFileError):
    """No reader handles the file's type (an image, a spreadsheet, a legacy .doc): skipped, never read."""


class UnreadableDocument(InputError):
    """A document of a type monitor reads, which cannot be read: corrupt, truncated, encrypted, no text layer."""
