"""Sinks: where recorded changelog entries go besides the index, each delivering every entry exactly once.

The changelog views (CHANGELOG.md, changelog.jsonl) are written by monitor/changelog.py; notifications are
`notify.py` (targets, filters, messages, apprise) and `delivery.py` (once per entry and target, retries).
"""
