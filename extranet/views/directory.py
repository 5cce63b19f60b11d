"""The contact-person directory, the organisations directory and proposing an organisation."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from home.pagination import page_of

from .. import directory as service
from ..access import member_required
from ..models import Organisation, Region, Sector

ORGANISATIONS_PER_PAGE = 30
# The card other parts of the extranet show for a member; ours if that one is not there.
CARD_TEMPLATES = ["extranet/includes/member_card.html", "extranet/includes/directory_result.html"]


@member_required
def directory(request):
    topics = service.topic_options()
    search = service.search_from_params(request.user, request.GET, topics)
    page_obj = search.page(request)
    return TemplateResponse(
        request,
        "extranet/directory.html",
        {
            "extranet_section": "directory",
            "search": search,
            "facets": search.facets(topics),
            "sorts": _sort_choices(),
            "page_obj": page_obj,
            "page_range": _page_range(page_obj),
            "profiles": page_obj.object_list,
            "result_count": page_obj.paginator.count,
            "card_templates": CARD_TEMPLATES,
            "viewer": request.user,
        },
    )


def _page_range(page_obj):
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


def _sort_choices():
    return [
        (service.Sort.RELEVANCE, _("Best match")),
        (service.Sort.NAME, _("Name")),
        (service.Sort.NEWEST, _("Newest members first")),
    ]


class OrganisationFilterForm(forms.Form):
    q = forms.CharField(label=_("Organisation name"), required=False, max_length=200)
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=[("", _("All sectors")), *Sector.choices]
    )
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.input_type = "search"


@member_required
def organisations(request):
    form = OrganisationFilterForm(request.GET)
    # Unknown values are ignored: the listing shows what the valid choices give.
    chosen = form.cleaned_data if form.is_valid() else {}
    listed = service.listed_organisations(
        query=service.clean_query(request.GET.get("q", "")),
        sector=chosen.get("sector", ""),
        region=chosen.get("region", ""),
    )
    page_obj = page_of(request, listed, ORGANISATIONS_PER_PAGE)
    return TemplateResponse(
        request,
        "extranet/organisations.html",
        {
            "extranet_section": "organisations",
            "form": form,
            "is_filtered": any(request.GET.get(name) for name in ("q", "sector", "region")),
            "page_obj": page_obj,
            "page_range": _page_range(page_obj),
            "organisations": page_obj.object_list,
            "result_count": page_obj.paginator.count,
        },
    )


@member_required
def organisation_detail(request, slug):
    organisation = get_object_or_404(
        Organisation.objects.filter(status=Organisation.Status.APPROVED), slug=slug
    )
    page_obj = page_of(request, service.organisation_members(organisation), service.PER_PAGE)
    return TemplateResponse(
        request,
        "extranet/organisation_detail.html",
        {
            "extranet_section": "organisations",
            "organisation": organisation,
            "page_obj": page_obj,
            "page_range": _page_range(page_obj),
            "profiles": page_obj.object_list,
            "result_count": page_obj.paginator.count,
            "card_templates": CARD_TEMPLATES,
            "viewer": request.user,
        },
    )


class ProposeOrganisationForm(forms.Form):
    name = forms.CharField(label=_("Name of the organisation"), max_length=200)
    sector = forms.ChoiceField(
        label=_("Sector"), required=False, choices=[("", _("Choose a sector")), *Sector.choices]
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("Choose a region")), *Region.choices],
        help_text=_("Where the organisation works; choose “Whole country” for national ones."),
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        help_text=_("For example https://www.example.fi"),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Write the organisation's full name."))
        return name

    def clean(self):
        cleaned = super().clean()
        name = cleaned.get("name")
        if (
            name
            and service.find_organisation(name) is None
            and service.open_proposals(self.user).count() >= service.MAX_OPEN_PROPOSALS
        ):
            raise forms.ValidationError(
                _(
                    "You already have several proposals waiting for review. You can propose "
                    "more once an administrator has handled them."
                )
            )
        return cleaned


@require_http_methods(["GET", "POST"])
@member_required
def propose_organisation(request):
    form = ProposeOrganisationForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        organisation, created = service.propose_organisation(request.user, **form.cleaned_data)
        if organisation.status == Organisation.Status.APPROVED:
            messages.info(
                request,
                gettext("%(name)s is already in the register. You can choose it in your profile.")
                % {"name": organisation.name},
            )
            return redirect("extranet:organisation_detail", slug=organisation.slug)
        if organisation.status == Organisation.Status.REJECTED:
            messages.info(
                request,
                gettext(
                    "%(name)s has been reviewed and is not in the register. If you think this "
                    "is a mistake, please contact the administrators."
                )
                % {"name": organisation.name},
            )
            return redirect("extranet:organisations")
        if created:
            messages.success(
                request,
                gettext(
                    "Thank you. %(name)s was proposed, and an administrator will review it. "
                    "You can already choose it in your profile."
                )
                % {"name": organisation.name},
            )
        else:
            messages.info(
                request,
                gettext("%(name)s has already been proposed, and an administrator will review it.")
                % {"name": organisation.name},
            )
        return redirect("extranet:profile_edit")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "extranet/propose_organisation.html",
        {"extranet_section": "organisations", "form": form},
        status=status,
    )
