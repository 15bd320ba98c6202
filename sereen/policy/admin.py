"""Admin views of the policy: for looking things up. Approved versions stay read-only (the model
refuses changes to them anyway); write through the policy pages so permissions and audit apply."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from sereen.policy.models import (
    CodeOfConductAcknowledgement,
    CodeOfConductDistribution,
    Policy,
    PolicyVersion,
    ReviewReminder,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Policy)
class PolicyAdmin(ReadOnlyAdmin):
    list_display = ["organisation", "created_at"]


@admin.register(PolicyVersion)
class PolicyVersionAdmin(ReadOnlyAdmin):
    list_display = ["policy", "number", "state", "decision_date", "review_date", "published_at"]
    list_filter = ["state", "policy__organisation"]


@admin.register(CodeOfConductAcknowledgement)
class CodeOfConductAcknowledgementAdmin(ReadOnlyAdmin):
    list_display = ["user", "organisation", "version", "acknowledged_at"]
    list_filter = ["organisation"]


@admin.register(CodeOfConductDistribution)
class CodeOfConductDistributionAdmin(ReadOnlyAdmin):
    list_display = ["organisation", "version", "sent_at", "sent_by"]


@admin.register(ReviewReminder)
class ReviewReminderAdmin(ReadOnlyAdmin):
    list_display = ["version", "sent_at", "review_date"]
