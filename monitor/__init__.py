"""monitor: tells analysts which judgments changed between versions of a document they track."""

import gc

# Start-up creates tens of thousands of objects that live as long as the process does (modules, classes,
# functions, the lexicon's tables), and with Python's default threshold (700 new objects) the collector walked them
# again and again while they were being created: 6 % of the CPU time of `monitor diff` on two small files. Garbage
# cycles are rare in monitor's work, so a larger young generation costs no memory (the bench's 4.4 MB pair peaks at
# 83.5 MB either way) and the collector runs less often on large inputs too. Set before anything else is imported.
gc.set_threshold(50_000)

from monitor import codecache  # noqa: E402

__version__ = "0.1.0"

codecache.install()  # dataclasses' methods and regular expressions compiled once, not in every process
