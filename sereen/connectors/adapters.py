"""Platform adapters carry out planned ``PlatformAction``s on a platform and report back.

Real platform adapters (Facebook Graph, YouTube Data API ...) are later work; for now only the
``demo`` adapter exists, which "carries out" every action at once so the demo shows the whole flow.
A channel without an adapter keeps its actions ``planned``: a person carries them out by hand and
marks them done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sereen.connectors.models import Channel
    from sereen.moderation.models import PlatformAction


class PlatformAdapter(Protocol):
    name: str

    def execute(self, action: PlatformAction) -> tuple[bool, str]:
        """Carry out one action; return (ok, error message)."""
        ...


class DemoAdapter:
    """Pretends the platform did what was asked; used by ``sereen demo`` channels."""

    name = "demo"

    def execute(self, action: PlatformAction) -> tuple[bool, str]:
        return True, ""


# Adapters by name (Channel.adapter) and the default adapter per platform. No platform has a real
# adapter yet, so PLATFORM_ADAPTERS is empty until the connector issues add them.
ADAPTERS: dict[str, PlatformAdapter] = {"demo": DemoAdapter()}
PLATFORM_ADAPTERS: dict[str, str] = {}


def adapter_for(channel: Channel) -> PlatformAdapter | None:
    """The adapter that carries out actions on ``channel``, or None (by hand)."""
    name = channel.adapter or PLATFORM_ADAPTERS.get(channel.platform, "")
    return ADAPTERS.get(name) if name else None
