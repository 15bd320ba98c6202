"""Form helpers shared by the apps' views."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError


def add_validation_errors(
    form: Any, exc: ValidationError, field_map: Mapping[str, str] | None = None
) -> None:
    """Put the errors of a service's ``ValidationError`` on ``form``: each on its field where the
    form has it (``field_map`` renames a model field to the form's field), the rest on the form."""
    if not hasattr(exc, "error_dict"):
        for error in exc.messages:
            form.add_error(None, error)
        return
    for field, errors in exc.message_dict.items():
        target = (field_map or {}).get(field, field)
        for error in errors:
            form.add_error(target if target in form.fields else None, error)
