"""Short references that authors quote when they contest a decision, e.g. ``K7QX-M2PD``."""

from __future__ import annotations

import re
import secrets

# No 0/O, 1/I/L: people copy these from a phone screen.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
_CLEAN = re.compile(r"[^A-Z0-9]")


def new_reference() -> str:
    """A fresh random reference (31^8 ≈ 8.5·10^11 possibilities; the unique index catches clashes)."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(8))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_reference(value: str) -> str:
    """The canonical form of what someone typed: case, spaces and dashes do not matter."""
    raw = _CLEAN.sub("", (value or "").upper())
    if len(raw) != 8:
        return raw
    return f"{raw[:4]}-{raw[4:]}"
