"""Files and links in a workspace: folders, uploads, versions, downloads.

Thin views over extranet.workspaces.files.services (the actions and rules) and extranet.workspaces.files.downloads (the bytes).
Everything here is for the workspace's members: anyone else, and everyone for a deleted
workspace or a hidden file, gets 404 before anything else is looked at. Changes need a workspace
that is active (archived and closed ones are read-only) and answer 404 to those who may not make
them."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from extranet.access import member_required
from extranet.errors import WorkspaceError
from extranet.workspaces.files import services as service
from extranet.workspaces.files.downloads import version_response
from extranet.workspaces.files.forms import (
    FileEditForm,
    FileUploadForm,
    FileVersionForm,
    FolderForm,
    LinkForm,
)
from extranet.workspaces.read_only import read_only_page
from extranet.workspaces.services import readable_workspace
from home.pagination import page_of

PER_PAGE = 50


def _file(request, slug, pk):
    workspace = readable_workspace(request, slug)
    workspace_file = get_object_or_404(
        service.readable_files(workspace).select_related(
            "current_version", "created_by", "folder", "post__discussion"
        ),
        pk=pk,
    )
    workspace_file.workspace = workspace  # keeps the membership already looked up
    return workspace, workspace_file


def _folder(workspace, pk):
    folder = get_object_or_404(workspace.folders.select_related("parent"), pk=pk)
    folder.workspace = workspace
    return folder


def _folder_from_query(request, workspace):
    try:
        pk = int(request.GET.get("folder", ""))
    except ValueError:
        return None
    return _folder(workspace, pk)


def _list_url(workspace, folder=None):
    url = reverse("extranet:file_list", args=[workspace.slug])
    return f"{url}?folder={folder.pk}" if folder else url


def _page(request, workspace, template, status=200, **context):
    return TemplateResponse(
        request,
        f"extranet/workspaces/files/{template}",
        {
            "extranet_section": "workspaces",
            "workspace": workspace,
            "can_manage": workspace.can_manage(request.user),
            "can_post": workspace.can_post(request.user),
            **context,
        },
        status=status,
    )


def _read_only(request, workspace):
    return read_only_page(
        request,
        workspace,
        back=_list_url(workspace),
        back_label=_("Back to the files"),
        current="files",
    )


@member_required
def file_list(request, slug):
    workspace = readable_workspace(request, slug)
    folder = _folder_from_query(request, workspace)
    visible = service.readable_files(workspace)
    subfolders = (
        workspace.folders.filter(parent=folder)
        .annotate(
            file_count=Count(
                "files",
                filter=Q(files__in=visible.values("pk")),
                distinct=True,
            ),
            folder_count=Count("children", distinct=True),
        )
        .order_by("name", "pk")
    )
    items = (
        visible.filter(folder=folder)
        .select_related("current_version", "created_by", "post__discussion")
        .order_by("title", "pk")
    )
    page_obj = page_of(request, items, PER_PAGE)
    return _page(
        request,
        workspace,
        "list.html",
        folder=folder,
        path=service.folder_path(folder),
        subfolders=list(subfolders),
        files=page_obj.object_list,
        page_obj=page_obj,
        page_range=page_obj.paginator.get_elided_page_range(page_obj.number),
        can_change_folder=folder is not None and service.can_change_folder(folder, request.user),
    )


def _form_page(request, workspace, form, heading, status, **context):
    return _page(
        request, workspace, "form.html", status=status, form=form, heading=heading, **context
    )


@member_required
def file_upload(request, slug):
    workspace = readable_workspace(request, slug)
    if not workspace.is_active:
        return _read_only(request, workspace)
    if not workspace.can_post(request.user):
        raise Http404
    folder = _folder_from_query(request, workspace)
    if request.method == "POST":
        form = FileUploadForm(request.POST, request.FILES, workspace=workspace)
        if form.is_valid():
            data = form.cleaned_data
            try:
                workspace_file = service.upload(
                    workspace,
                    data["file"],
                    request.user,
                    title=data["title"],
                    description=data["description"],
                    folder=data["folder"],
                )
            except WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The file has been shared."))
                return redirect("extranet:file_detail", slug=workspace.slug, pk=workspace_file.pk)
        status = 400
    else:
        form = FileUploadForm(workspace=workspace, initial={"folder": folder.pk if folder else ""})
        status = 200
    return _form_page(
        request, workspace, form, _("Share a file"), status, multipart=True, back=folder
    )


@member_required
def file_link_add(request, slug):
    workspace = readable_workspace(request, slug)
    if not workspace.is_active:
        return _read_only(request, workspace)
    if not workspace.can_post(request.user):
        raise Http404
    folder = _folder_from_query(request, workspace)
    if request.method == "POST":
        form = LinkForm(request.POST, workspace=workspace)
        if form.is_valid():
            data = form.cleaned_data
            try:
                link = service.add_link(
                    workspace,
                    data["url"],
                    request.user,
                    title=data["title"],
                    description=data["description"],
                    folder=data["folder"],
                )
            except WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The link has been shared."))
                return redirect("extranet:file_detail", slug=workspace.slug, pk=link.pk)
        status = 400
    else:
        form = LinkForm(workspace=workspace, initial={"folder": folder.pk if folder else ""})
        status = 200
    return _form_page(request, workspace, form, _("Share a link"), status, back=folder)


@member_required
def file_detail(request, slug, pk):
    workspace, workspace_file = _file(request, slug, pk)
    versions = []
    if workspace_file.kind == workspace_file.Kind.FILE:
        versions = list(workspace_file.versions.select_related("uploaded_by").order_by("-number"))
    return _page(
        request,
        workspace,
        "detail.html",
        file=workspace_file,
        versions=versions,
        path=service.folder_path(workspace_file.folder),
        can_change=service.can_change(workspace_file, request.user),
        can_add_version=service.can_add_version(workspace_file, request.user),
    )


@member_required
def file_edit(request, slug, pk):
    workspace, workspace_file = _file(request, slug, pk)
    if not service.can_change(workspace_file, request.user):
        raise Http404
    if request.method == "POST":
        form = FileEditForm(request.POST, workspace_file=workspace_file)
        if form.is_valid():
            data = form.cleaned_data
            try:
                service.edit(
                    workspace_file,
                    request.user,
                    title=data["title"],
                    description=data["description"],
                    folder=data["folder"],
                    url=data.get("url"),
                )
            except WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The changes have been saved."))
                return redirect("extranet:file_detail", slug=workspace.slug, pk=workspace_file.pk)
        status = 400
    else:
        form = FileEditForm(workspace_file=workspace_file)
        status = 200
    return _form_page(
        request,
        workspace,
        form,
        _("Edit “%(title)s”") % {"title": workspace_file.title},
        status,
        file=workspace_file,
    )


@member_required
def file_new_version(request, slug, pk):
    workspace, workspace_file = _file(request, slug, pk)
    if not service.can_add_version(workspace_file, request.user):
        raise Http404
    if request.method == "POST":
        form = FileVersionForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                service.add_version(workspace_file, form.cleaned_data["file"], request.user)
            except WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The new version has been shared."))
                return redirect("extranet:file_detail", slug=workspace.slug, pk=workspace_file.pk)
        status = 400
    else:
        form = FileVersionForm()
        status = 200
    return _form_page(
        request,
        workspace,
        form,
        _("New version of “%(title)s”") % {"title": workspace_file.title},
        status,
        multipart=True,
        file=workspace_file,
    )


@member_required
def file_delete(request, slug, pk):
    workspace, workspace_file = _file(request, slug, pk)
    if not service.can_change(workspace_file, request.user):
        raise Http404
    if request.method == "POST":
        folder = workspace_file.folder
        try:
            service.delete(workspace_file, request.user)
        except WorkspaceError as error:
            messages.error(request, str(error))
            return redirect("extranet:file_detail", slug=workspace.slug, pk=workspace_file.pk)
        messages.success(request, _("The file has been deleted."))
        return redirect(_list_url(workspace, folder))
    return _page(request, workspace, "confirm.html", file=workspace_file)


@member_required
def file_download(request, slug, pk):
    """The current version of a file."""
    workspace_file = _file(request, slug, pk)[1]
    if workspace_file.current_version is None:
        raise Http404
    return version_response(request, workspace_file.current_version)


@member_required
def file_version_download(request, slug, pk, number):
    workspace_file = _file(request, slug, pk)[1]
    version = get_object_or_404(workspace_file.versions, number=number)
    return version_response(request, version)


@member_required
def folder_create(request, slug):
    workspace = readable_workspace(request, slug)
    if not workspace.is_active:
        return _read_only(request, workspace)
    if not workspace.can_post(request.user):
        raise Http404
    parent = _folder_from_query(request, workspace)
    if request.method == "POST":
        form = FolderForm(request.POST)
        if form.is_valid():
            try:
                folder = service.create_folder(
                    workspace, form.cleaned_data["name"], request.user, parent
                )
            except WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The folder has been created."))
                return redirect(_list_url(workspace, folder))
        status = 400
    else:
        form = FolderForm()
        status = 200
    return _form_page(request, workspace, form, _("New folder"), status, back=parent)


@member_required
def folder_rename(request, slug, pk):
    workspace = readable_workspace(request, slug)
    folder = _folder(workspace, pk)
    if not service.can_change_folder(folder, request.user):
        raise Http404
    if request.method == "POST":
        form = FolderForm(request.POST)
        if form.is_valid():
            try:
                service.rename_folder(folder, form.cleaned_data["name"], request.user)
            except WorkspaceError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("The folder has been renamed."))
                return redirect(_list_url(workspace, folder))
        status = 400
    else:
        form = FolderForm(initial={"name": folder.name})
        status = 200
    return _form_page(
        request,
        workspace,
        form,
        _("Rename the folder “%(name)s”") % {"name": folder.name},
        status,
        back=folder,
    )


@member_required
def folder_delete(request, slug, pk):
    workspace = readable_workspace(request, slug)
    folder = _folder(workspace, pk)
    if not service.can_change_folder(folder, request.user):
        raise Http404
    if request.method == "POST":
        parent = folder.parent
        try:
            service.delete_folder(folder, request.user)
        except WorkspaceError as error:
            messages.error(request, str(error))
            return redirect(_list_url(workspace, folder))
        messages.success(request, _("The folder has been deleted with its contents."))
        return redirect(_list_url(workspace, parent))
    return _page(
        request, workspace, "confirm.html", folder=folder, contents=service.folder_contents(folder)
    )
