"""The rolled-up tables get grains (day, month, year), so their names lose "daily".

Renamed rather than recreated so the permissions on ``CommentCount`` keep their content type.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0001_initial"),
        ("moderation", "0002_alter_moderationdecision_options_and_more"),
    ]

    operations = [
        migrations.RenameModel("DailyCommentCount", "CommentCount"),
        migrations.RenameModel("DailyRuleCount", "RuleCount"),
        migrations.RenameModel("AuthorDailyCount", "AuthorCount"),
    ]
