"""Internal pages for channels: the list, changing a channel, issuing an API token (shown once)
and revoking one."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sereen.accounts.permissions import org_permission_required
from sereen.accounts.roles import has_org_perm
from sereen.connectors.forms import ChannelEditForm, ChannelForm
from sereen.connectors.models import Channel, ChannelToken
from sereen.connectors.services import (
    create_channel,
    issue_channel_token,
    revoke_channel_token,
    update_channel,
)
from sereen.core.forms import add_validation_errors


@org_permission_required("connectors.view_channel")
def channel_list(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The organisation's channels; a beheerder adds one with the form below the list."""
    organisation = request.organisation  # type: ignore[attr-defined]
    user = request.user
    can_add = has_org_perm(user, "connectors.add_channel", organisation)  # type: ignore[arg-type]
    form = ChannelForm(request.POST or None)
    if request.method == "POST":
        if not can_add:
            raise PermissionDenied
        if form.is_valid():
            try:
                channel = create_channel(
                    organisation=organisation,
                    actor=user,  # type: ignore[arg-type]
                    **form.cleaned_data,
                )
            except ValidationError as exc:
                add_validation_errors(form, exc)
            else:
                messages.success(request, _("Channel %(name)s added.") % {"name": channel.name})
                return redirect("connectors:channel_list", org_slug=org_slug)
    channels = Channel.objects.filter(organisation=organisation).prefetch_related("tokens")
    return render(
        request,
        "connectors/channel_list.html",
        {
            "organisation": organisation,
            "channels": channels,
            "form": form,
            "can_add": can_add,
            "can_change": has_org_perm(user, "connectors.change_channel", organisation),  # type: ignore[arg-type]
            "can_see_tokens": has_org_perm(user, "connectors.view_channeltoken", organisation),  # type: ignore[arg-type]
            "can_issue_tokens": has_org_perm(user, "connectors.add_channeltoken", organisation),  # type: ignore[arg-type]
            "can_revoke_tokens": has_org_perm(user, "connectors.change_channeltoken", organisation),  # type: ignore[arg-type]
        },
        status=400 if form.errors else 200,
    )


@org_permission_required("connectors.change_channel")
def channel_edit(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    """Change a channel: its name, address, follower count (for reach) and whether it is on."""
    channel = get_object_or_404(Channel, pk=pk, organisation=request.organisation)  # type: ignore[attr-defined]
    form = ChannelEditForm(request.POST or None, instance=channel)
    if request.method == "POST" and form.is_valid():
        fresh = Channel.objects.get(pk=channel.pk)  # the form changed ``channel`` in place
        try:
            update_channel(channel=fresh, actor=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as exc:
            add_validation_errors(form, exc)
        else:
            messages.success(request, _("Channel %(name)s saved.") % {"name": fresh.name})
            return redirect("connectors:channel_list", org_slug=org_slug)
    return render(
        request,
        "connectors/channel_edit.html",
        {"organisation": request.organisation, "channel": channel, "form": form},  # type: ignore[attr-defined]
        status=400 if form.errors else 200,
    )


@require_POST
@org_permission_required("connectors.add_channeltoken")
def issue_token(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    channel = get_object_or_404(Channel, pk=pk, organisation=request.organisation)  # type: ignore[attr-defined]
    issued = issue_channel_token(channel, request.user, name=request.POST.get("name", ""))  # type: ignore[arg-type]
    response = render(
        request,
        "connectors/token_issued.html",
        {"organisation": request.organisation, "channel": channel, "issued": issued},  # type: ignore[attr-defined]
    )
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@org_permission_required("connectors.change_channeltoken")
def revoke_token(request: HttpRequest, org_slug: str, pk: int, token_pk: int) -> HttpResponse:
    token = get_object_or_404(
        ChannelToken,
        pk=token_pk,
        channel_id=pk,
        channel__organisation=request.organisation,  # type: ignore[attr-defined]
    )
    revoke_channel_token(token, request.user)  # type: ignore[arg-type]
    messages.success(request, _("Token %(prefix)s… no longer works.") % {"prefix": token.prefix})
    return redirect("connectors:channel_list", org_slug=org_slug)
