"""Internal pages for channels: the list, and issuing an API token (shown once)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_POST

from sereen.accounts.permissions import org_permission_required
from sereen.connectors.models import Channel
from sereen.connectors.services import issue_channel_token


@org_permission_required("connectors.view_channel")
def channel_list(request: HttpRequest, org_slug: str) -> HttpResponse:
    channels = Channel.objects.filter(organisation=request.organisation).prefetch_related("tokens")
    return render(
        request,
        "connectors/channel_list.html",
        {"organisation": request.organisation, "channels": channels},
    )


@require_POST
@org_permission_required("connectors.add_channeltoken")
def issue_token(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    channel = get_object_or_404(Channel, pk=pk, organisation=request.organisation)
    issued = issue_channel_token(channel, request.user, name=request.POST.get("name", ""))
    response = render(
        request,
        "connectors/token_issued.html",
        {"organisation": request.organisation, "channel": channel, "issued": issued},
    )
    response["Cache-Control"] = "no-store"
    return response
