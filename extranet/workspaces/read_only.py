"""The answer to a write action in an archived or closed workspace: a page saying it is
read-only (403), with a way back, the same from every part of the workspace."""

from django.template.response import TemplateResponse


def read_only_page(request, workspace, *, back, back_label, current):
    return TemplateResponse(
        request,
        "extranet/workspaces/read_only.html",
        {
            "extranet_section": "workspaces",
            "workspace": workspace,
            "current": current,
            "can_manage": workspace.can_manage(request.user),
            "back": back,
            "back_label": back_label,
        },
        status=403,
    )
