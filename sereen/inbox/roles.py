"""What each role may do in the review inbox.

Moderators and beheerders handle items (keep, hide, delete, reply, escalate); antwoorders only
reply or keep; lezers (and leidinggevenden, who handle appeals) read the queue; beheerders manage
the reply templates. The audit log page needs ``core.view_audit_log`` (granted in accounts).
"""

from sereen.accounts.models import Role

_READ = ["inbox.view_reviewitem", "inbox.view_internalnote", "inbox.view_replytemplate"]

ROLE_PERMISSIONS = {
    Role.BEHEERDER: [
        *_READ,
        "inbox.handle_reviewitem",
        "inbox.reply_reviewitem",
        "inbox.manage_replytemplate",
    ],
    Role.MODERATOR: [*_READ, "inbox.handle_reviewitem", "inbox.reply_reviewitem"],
    Role.ANTWOORDER: [*_READ, "inbox.reply_reviewitem"],
    Role.LEIDINGGEVENDE: list(_READ),
    Role.LEZER: list(_READ),
}
