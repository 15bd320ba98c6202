"""Template filters for showing a policy: ``{{ rule.severity|policy_label:"severity" }}``."""

from __future__ import annotations

from typing import Any

from django import template

from sereen.policy import presentation

register = template.Library()


@register.filter
def policy_label(value: Any, kind: str) -> str:
    """The readable label of a policy value (action, severity, escalation, kind, level, ...)."""
    return presentation.label(kind, value)


@register.filter
def minutes_as_duration(value: int) -> str:
    """``240`` -> "4 uur"."""
    return presentation.duration(int(value))
