"""Invitations by email: the workspace admin's form, and the page the emailed link opens. The
page shows anyone holding the link what the email said (the workspace's name); only the account
that holds the invited address may use it, and it leads a newcomer through sign-up and the
membership application into the workspace."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from extranet.access import Standing, member_required, standing
from extranet.errors import WorkspaceError
from extranet.models import WorkspaceInvitation
from extranet.workspaces.invitations import services as service
from extranet.workspaces.invitations.forms import InvitationForm
from extranet.workspaces.services import visible_workspace


def _done_messages(request, outcome):
    for addresses, text in [
        (outcome.invited, _("Invitation sent to: %(addresses)s")),
        (
            outcome.added,
            _("Added to the workspace (already members of the platform): %(addresses)s"),
        ),
        (outcome.already_members, _("Already in the workspace: %(addresses)s")),
        (outcome.already_invited, _("Already invited, still waiting: %(addresses)s")),
    ]:
        if addresses:
            messages.success(request, text % {"addresses": ", ".join(addresses)})


@member_required
def invitation_create(request, slug):
    workspace = visible_workspace(request, slug)
    if not workspace.can_manage(request.user):
        raise Http404
    form = InvitationForm()
    status = 200
    if request.method == "POST":
        if "cancel" in request.POST:
            try:
                pk = int(request.POST["cancel"])
            except ValueError:
                raise Http404 from None
            invitation = get_object_or_404(workspace.invitations, pk=pk)
            try:
                service.cancel(invitation, request.user)
            except WorkspaceError as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    _("The invitation to %(email)s has been cancelled.")
                    % {"email": invitation.email},
                )
            return redirect("extranet:invitation_create", slug=workspace.slug)
        form = InvitationForm(request.POST)
        if form.is_valid():
            try:
                outcome = service.invite_by_email(
                    workspace,
                    request.user,
                    form.cleaned_data["emails"],
                    form.cleaned_data["message"],
                )
            except WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                _done_messages(request, outcome)
                return redirect("extranet:invitation_create", slug=workspace.slug)
        status = 400
    return TemplateResponse(
        request,
        "extranet/notifications/invite.html",
        {
            "extranet_section": "workspaces",
            "workspace": workspace,
            "can_manage": True,
            "form": form,
            "pending": list(service.pending(workspace).select_related("invited_by")[:200]),
        },
        status=status,
    )


# Signed-in people who could go on to use an invitation, if it was sent to their address.
ON_THE_WAY_IN = (Standing.MEMBER, Standing.UNVERIFIED, Standing.NOT_APPLIED, Standing.PENDING)


def invitation_accept(request, token):
    """What the emailed link opens. Anyone holding it may see the workspace's name."""
    invitation = get_object_or_404(
        WorkspaceInvitation.objects.select_related("workspace"), token=token
    )
    workspace = invitation.workspace
    user = request.user
    current = standing(user)
    state = service.state_of(invitation)
    is_member = current == Standing.MEMBER
    if (
        is_member
        and workspace.can_read(user)
        and state in (service.State.PENDING, service.State.ACCEPTED)
    ):
        if (
            state == service.State.PENDING
            and request.method == "POST"
            and service.is_addressed_to(invitation, user)
        ):
            service.accept(invitation, user)  # marks it used; they already belong
        messages.info(request, _("You are a member of this workspace."))
        return redirect("extranet:workspace_detail", slug=workspace.slug)

    if state != service.State.PENDING:
        response = _landing(request, invitation, gone=state.value, status=410)
    elif current == Standing.ANONYMOUS:
        response = _landing(request, invitation, step="sign-up")
    elif current in ON_THE_WAY_IN and not service.is_addressed_to(
        invitation, user, verified=current != Standing.UNVERIFIED
    ):
        response = _landing(request, invitation, step="other-address", status=403)
    elif is_member:
        if request.method == "POST":
            try:
                service.accept(invitation, user)
            except WorkspaceError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Welcome! You are now a member of this workspace."))
                return redirect("extranet:workspace_detail", slug=workspace.slug)
        response = _landing(request, invitation, step="join")
    elif current in (Standing.UNVERIFIED, Standing.NOT_APPLIED, Standing.PENDING):
        response = _landing(request, invitation, step=current.value)
    else:  # denied, suspended or ended
        response = _landing(request, invitation, step="not-a-member")
    # The page answers a secret token: never kept by a shared cache.
    patch_cache_control(response, private=True, no_cache=True)
    return response


def _landing(request, invitation, *, step=None, gone=None, status=200):
    """`step`: what this person does next; `gone`: why the invitation can't be used."""
    back = urlencode({"next": request.path})
    return TemplateResponse(
        request,
        "extranet/notifications/invitation.html",
        {
            "invitation": invitation,
            "workspace_name": invitation.workspace.name,
            "step": step,
            "gone": gone,
            "signup_url": f"{reverse('account_signup')}?{back}",
            "login_url": f"{reverse('account_login')}?{back}",
            "apply_url": reverse("extranet:apply"),
            "email_url": reverse("account_email"),
        },
        status=status,
    )
