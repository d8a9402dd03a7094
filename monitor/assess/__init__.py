"""Assessments: which judgments changed between two versions, how, and how much it matters (issue 3)."""

from monitor.assess.classify import classify

__all__ = ["classify"]
