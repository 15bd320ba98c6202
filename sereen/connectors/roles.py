"""What each role may do with channels and their API tokens."""

from sereen.accounts.models import Role

ROLE_PERMISSIONS = {
    Role.BEHEERDER: [
        "connectors.view_channel",
        "connectors.add_channel",
        "connectors.change_channel",
        "connectors.view_channeltoken",
        "connectors.add_channeltoken",
        "connectors.change_channeltoken",
        "connectors.import_comments",
    ],
    Role.MODERATOR: ["connectors.view_channel", "connectors.import_comments"],
    Role.ANTWOORDER: ["connectors.view_channel"],
    Role.REDACTEUR: ["connectors.view_channel"],
    Role.LEIDINGGEVENDE: ["connectors.view_channel"],
    Role.LEZER: ["connectors.view_channel", "connectors.view_channeltoken"],
}
