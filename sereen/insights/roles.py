"""Who may see the insights. The public transparency report needs no permission at all."""

from sereen.accounts.models import Role

ROLE_PERMISSIONS = {
    Role.BEHEERDER: [
        "insights.view_insights",
        "insights.export_insights",
        "insights.refresh_insights",
    ],
    Role.MODERATOR: ["insights.view_insights", "insights.export_insights"],
    Role.LEIDINGGEVENDE: ["insights.view_insights", "insights.export_insights"],
    Role.LEZER: ["insights.view_insights", "insights.export_insights"],
    Role.REDACTEUR: ["insights.view_insights", "insights.export_insights"],
}
