from django.contrib import admin

from sereen.moderation.models import (
    Appeal,
    Author,
    Block,
    Comment,
    CrisisPeriod,
    ModerationDecision,
    PlatformAction,
    Strike,
)


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["handle", "platform_author_id", "channel", "first_seen_at"]
    search_fields = ["handle", "platform_author_id"]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["platform_comment_id", "channel", "author", "status", "visible", "created_at"]
    list_filter = ["status", "visible", "channel__platform"]
    search_fields = ["text", "platform_comment_id"]
    raw_id_fields = ["author", "channel"]


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(admin.ModelAdmin):
    list_display = [
        "comment",
        "action",
        "rules",
        "automated",
        "decided_by",
        "decided_at",
        "is_current",
    ]
    list_filter = ["action", "automated", "is_current", "escalate"]
    search_fields = ["reference"]
    raw_id_fields = ["comment"]
    readonly_fields = ["statement_of_reasons", "evidence"]


@admin.register(PlatformAction)
class PlatformActionAdmin(admin.ModelAdmin):
    list_display = ["kind", "status", "channel", "comment", "attempts", "planned_at", "executed_at"]
    list_filter = ["kind", "status", "channel__platform"]
    raw_id_fields = ["comment", "author", "decision"]


@admin.register(Strike)
class StrikeAdmin(admin.ModelAdmin):
    list_display = ["author", "rule_code", "created_at", "warned", "revoked"]
    raw_id_fields = ["author", "comment", "decision"]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = [
        "author",
        "status",
        "days",
        "starts_at",
        "ends_at",
        "proposed_by",
        "confirmed_by",
    ]
    list_filter = ["status"]
    raw_id_fields = ["author", "decision"]


@admin.register(Appeal)
class AppealAdmin(admin.ModelAdmin):
    list_display = [
        "reference",
        "organisation",
        "status",
        "outcome",
        "filed_by_public",
        "created_at",
    ]
    list_filter = ["status", "outcome", "filed_by_public"]
    search_fields = ["reference", "text"]
    raw_id_fields = ["comment", "decision"]


@admin.register(CrisisPeriod)
class CrisisPeriodAdmin(admin.ModelAdmin):
    list_display = [
        "organisation",
        "proposed_at",
        "started_at",
        "ended_at",
        "proposed_automatically",
    ]
