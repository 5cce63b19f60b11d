from django.db import migrations


class Migration(migrations.Migration):
    """The directory lists members by last and first name: an index on the user table lets the
    first page of twenty thousand members be read in order instead of sorted."""

    dependencies = [
        ("extranet", "0007_search"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS extranet_user_name_order "
            "ON auth_user (last_name, first_name)",
            "DROP INDEX IF EXISTS extranet_user_name_order",
        )
    ]
