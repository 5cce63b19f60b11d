"""Topics moved from the blog app to home (home.0003): a site migrated before the move keeps its
topics, what is filed under them, and who may edit them."""

import pytest

from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Locale

from home.models import Topic
from tests.blog.conftest import add_blog, add_post
from tests.extranet.builders import make_member

pytestmark = pytest.mark.django_db

BEFORE_THE_MOVE = [("home", "0002_editors_can_publish")]


@pytest.fixture
def migrate():
    """Migrates the test database to the given migrations, or to the latest with none."""

    def migrate_to(targets=None):
        # Rows the test added leave foreign-key checks pending, and PostgreSQL alters no table
        # with checks pending: run them now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        executor = MigrationExecutor(connection)
        state = executor.migrate(targets or executor.loader.graph.leaf_nodes())
        ContentType.objects.clear_cache()
        return state.apps

    yield migrate_to
    migrate_to()


def test_a_site_migrated_before_the_move_keeps_its_topics_and_who_may_edit_them(migrate, site_tree):
    topic = Topic.objects.create(
        name="Työllisyys", slug="tyollisyys", locale=Locale.objects.get(language_code="fi")
    )
    post = add_post(add_blog(site_tree.page("home", "fi")), "Työllisyydestä", "tyollisyydesta")
    post.topics.add(topic)
    post.save()
    member = make_member(topics=[topic])
    topic_type = ContentType.objects.get_for_model(Topic)

    old = migrate(BEFORE_THE_MOVE)

    # As the site was: the blog's topics, which a group of the site's own may edit.
    OldGroup = old.get_model("auth", "Group")
    OldPermission = old.get_model("auth", "Permission")
    old_topic = old.get_model("blog", "Topic").objects.get(pk=topic.pk)
    assert old.get_model("contenttypes", "ContentType").objects.get(pk=topic_type.pk).app_label == (
        "blog"
    )
    assert list(old.get_model("blog", "BlogPage").objects.get(pk=post.pk).topics.all()) == [
        old_topic
    ]
    old.get_model("blog", "Topic").objects.create(
        name="Vastaanotto", slug="vastaanotto", locale_id=topic.locale_id
    )
    writers = OldGroup.objects.create(name="Aiheiden kirjoittajat")
    writers.permissions.add(
        OldPermission.objects.get(content_type__app_label="blog", codename="change_topic")
    )

    migrate()

    assert ContentType.objects.get_for_model(Topic).pk == topic_type.pk
    assert not ContentType.objects.filter(app_label="blog", model="topic").exists()
    assert sorted(Topic.objects.values_list("slug", flat=True)) == ["tyollisyys", "vastaanotto"]
    post.refresh_from_db()
    assert list(post.topics.all()) == [topic]
    assert list(member.topics.all()) == [topic]
    writer = User.objects.create_user("kirjoittaja")
    writer.groups.add(Group.objects.get(name="Aiheiden kirjoittajat"))
    assert writer.has_perm("home.change_topic")
    editor = User.objects.create_user("editori")
    editor.groups.add(Group.objects.get(name="Editors"))
    assert {
        "home.add_topic",
        "home.change_topic",
        "home.delete_topic",
    } <= editor.get_all_permissions()
