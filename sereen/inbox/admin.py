from django.contrib import admin

from sereen.inbox.models import InternalNote, ReplyTemplate, ReviewItem


class InternalNoteInline(admin.TabularInline):
    model = InternalNote
    extra = 0
    readonly_fields = ["author", "text", "created_at"]


@admin.register(ReviewItem)
class ReviewItemAdmin(admin.ModelAdmin):
    list_display = [
        "pk",
        "organisation",
        "priority",
        "status",
        "due_at",
        "assigned_to",
        "resolution",
    ]
    list_filter = ["status", "priority", "organisation"]
    raw_id_fields = ["comment", "decision", "assigned_to", "resolved_by"]
    readonly_fields = [
        "opened_at",
        "resolved_at",
        "resolved_by",
        "resolution",
        "overdue_notified_at",
    ]
    inlines = [InternalNoteInline]


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(admin.ModelAdmin):
    list_display = ["title", "organisation", "rule_code", "kind", "is_active"]
    list_filter = ["organisation", "kind", "is_active"]
    search_fields = ["title", "text"]
