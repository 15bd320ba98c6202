from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InboxConfig(AppConfig):
    name = "sereen.inbox"
    label = "inbox"
    verbose_name = _("Review inbox")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from sereen.inbox import signals

        # A person can decide a comment outside the inbox too (moderation pages, appeals, the
        # demo); its review item must then close, or the queue would show work already done.
        post_save.connect(
            signals.resolve_item_after_human_decision,
            sender="moderation.ModerationDecision",
            dispatch_uid="inbox.resolve_item_after_human_decision",
        )
