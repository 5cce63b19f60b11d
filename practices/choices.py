"""The fixed vocabularies of good practices: phases, target groups, regions and the five
quality criteria an expert panel judges every practice against."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from extranet.models.choices import Region as FinnishRegion


class Phase(models.TextChoices):
    IDEA = "idea", _("Idea")
    PILOTED = "piloted", _("Piloted")
    ESTABLISHED = "established", _("Established")
    ENDED = "ended", _("Ended")


class TargetGroupCode(models.TextChoices):
    REFUGEES = "refugees", _("Refugees and people under temporary protection")
    ASYLUM_SEEKERS = "asylum-seekers", _("Asylum seekers")
    UNACCOMPANIED_MINORS = "unaccompanied-minors", _("Unaccompanied minors")
    CHILDREN_AND_YOUNG = "children-and-young-people", _("Children and young people")
    FAMILIES = "families", _("Families")
    PARENTS_AT_HOME = "parents-at-home", _("Parents caring for children at home")
    WORK_MIGRANTS = "work-migrants", _("People who moved for work")
    STUDENTS = "students", _("International students")
    OLDER_PEOPLE = "older-people", _("Older people")
    EMPLOYERS = "employers", _("Employers")
    PROFESSIONALS = "professionals", _("Integration professionals")


# Finland's regions, the whole country, and practices from other countries.
REGION_CHOICES = [*FinnishRegion.choices, ("abroad", _("Abroad"))]


class Criterion(models.TextChoices):
    """The quality criteria of a good practice; each is a field pair on the practice:
    `<value>_met` and `<value>_justification`."""

    GOAL_ORIENTED = "goal_oriented", _("Goal-oriented")
    CLIENT_CENTRED = "client_centred", _("Client-centred")
    EFFECTIVE = "effective", _("Effective")
    MODELLABLE = "modellable", _("Modellable")
    GENERALISABLE = "generalisable", _("Generalisable")


CRITERION_HELP = {
    Criterion.GOAL_ORIENTED: _("The practice has clear, stated goals and works towards them."),
    Criterion.CLIENT_CENTRED: _(
        "The practice starts from the needs of the people it serves and involves them."
    ),
    Criterion.EFFECTIVE: _("The practice has evidence that it reaches its goals."),
    Criterion.MODELLABLE: _(
        "The practice is described well enough for another organisation to copy it."
    ),
    Criterion.GENERALISABLE: _(
        "The practice can work in other places, for other groups or on a larger scale."
    ),
}
