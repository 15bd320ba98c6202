"""What each role may do with comments, decisions, authors, appeals and crisis mode.

Antwoorders may reply (``reply_comment``) but not hide or delete; ``decide_by_human`` lets them
record a keep/reply decision with a reply text and nothing else.
"""

from sereen.accounts.models import Role

_READ = [
    "moderation.view_comment",
    "moderation.view_moderationdecision",
    "moderation.view_author",
    "moderation.view_appeal",
    "moderation.view_block",
    "moderation.view_crisisperiod",
    "moderation.view_platformaction",
]

ROLE_PERMISSIONS = {
    Role.BEHEERDER: [
        *_READ,
        "moderation.decide_comment",
        "moderation.reply_comment",
        "moderation.escalate_comment",
        "moderation.propose_block",
        "moderation.confirm_block",
        "moderation.file_appeal",
        "moderation.handle_appeal",
        "moderation.manage_crisis_mode",
    ],
    Role.MODERATOR: [
        *_READ,
        "moderation.decide_comment",
        "moderation.reply_comment",
        "moderation.escalate_comment",
        "moderation.propose_block",
        "moderation.confirm_block",
        "moderation.file_appeal",
        "moderation.handle_appeal",
    ],
    Role.ANTWOORDER: [*_READ, "moderation.reply_comment", "moderation.file_appeal"],
    Role.LEIDINGGEVENDE: [*_READ, "moderation.file_appeal", "moderation.handle_appeal"],
    Role.REDACTEUR: ["moderation.view_comment", "moderation.file_appeal"],
    Role.LEZER: list(_READ),
    Role.BESTUUR: ["moderation.view_appeal", "moderation.view_crisisperiod"],
}
