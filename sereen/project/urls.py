"""URL map. Internal pages live under /app/<org>/, public pages under /<org>/, the API under /api/v1/."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("sereen.api.urls")),
    path("account/", include("sereen.accounts.urls")),
    path("app/<slug:org_slug>/beleid/", include("sereen.policy.urls")),
    path("app/<slug:org_slug>/kanalen/", include("sereen.connectors.urls")),
    path("app/<slug:org_slug>/moderatie/", include("sereen.moderation.urls")),
    path("app/<slug:org_slug>/inbox/", include("sereen.inbox.urls")),
    path("app/<slug:org_slug>/inzichten/", include("sereen.insights.urls")),
    path("<slug:org_slug>/huisregels/", include("sereen.policy.public_urls")),
    path("<slug:org_slug>/transparantie/", include("sereen.insights.public_urls")),
    path("<slug:org_slug>/bezwaar/", include("sereen.moderation.public_urls")),
    path("", include("sereen.public.urls")),
]

handler403 = "sereen.public.views.permission_denied"
handler404 = "sereen.public.views.page_not_found"
handler500 = "sereen.public.views.server_error"
