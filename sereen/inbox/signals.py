"""Keeps review items in step with decisions made outside the inbox."""

from __future__ import annotations

from typing import Any


def resolve_item_after_human_decision(
    sender: Any, instance: Any, created: bool, **kwargs: Any
) -> None:
    if not created or instance.automated:
        return
    from sereen.inbox.services import sync_with_human_decision

    sync_with_human_decision(instance)
