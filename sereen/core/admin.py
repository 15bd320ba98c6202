from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from sereen.core.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor_label", "organisation", "action", "subject_label"]
    list_filter = ["action", "organisation"]
    search_fields = ["actor_label", "action", "subject_label", "note"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
