"""What each role may do with the social media policy.

The beheerder writes and imports drafts, submits them, publishes approved versions and sends the
code of conduct to staff; the governing body (bestuur) approves or returns submitted versions; every
other role reads. Everyone who works for the organisation acknowledges the code of conduct.
"""

from sereen.accounts.models import Role

_READ = ["policy.view_policy", "policy.view_policyversion"]
_ACKNOWLEDGE = "policy.acknowledge_code_of_conduct"

ROLE_PERMISSIONS = {
    Role.BEHEERDER: [
        *_READ,
        _ACKNOWLEDGE,
        "policy.edit_draft",
        "policy.submit_version",
        "policy.publish_version",
        "policy.send_code_of_conduct",
        "policy.view_acknowledgements",
    ],
    Role.BESTUUR: [*_READ, _ACKNOWLEDGE, "policy.approve_version"],
    Role.REDACTEUR: [*_READ, _ACKNOWLEDGE],
    Role.MODERATOR: [*_READ, _ACKNOWLEDGE],
    Role.ANTWOORDER: [*_READ, _ACKNOWLEDGE],
    Role.LEIDINGGEVENDE: [*_READ, _ACKNOWLEDGE],
    # The auditor also checks that colleagues were informed.
    Role.LEZER: [*_READ, _ACKNOWLEDGE, "policy.view_acknowledgements"],
}
