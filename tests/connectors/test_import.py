import io
import json

from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command

import pytest

from sereen.moderation.ingest import ImportFileError, import_comments_file
from sereen.moderation.models import Comment, ModerationDecision

pytestmark = pytest.mark.django_db

CSV = """id,text,author_id,author_handle,created_at,post_id,post_reach
c1,Wanneer is de markt?,a1,Els,2026-03-02T09:00:00+01:00,p1,100
c2,Jij bent een klootzak,a2,Jan,2026-03-02 09:05:00,p1,
c3,zonder datum,a3,Mia,,p1,
c4,slecht bereik,a4,Tom,2026-03-02T09:00:00Z,p1,veel
c1,dubbel,a1,Els,2026-03-02T09:00:00+01:00,p1,100
"""


def test_csv_import_reports_bad_rows_with_row_numbers(published, channel):
    report = import_comments_file(channel, io.BytesIO(CSV.encode()), "csv", None)
    assert report.summary == {"received": 5, "created": 2, "duplicate": 1, "rejected": 2}
    rejected = {r.position: r.errors[0].field for r in report.results if r.status == "rejected"}
    assert rejected == {4: "created_at", 5: "post.reach"}
    assert set(Comment.objects.values_list("platform_comment_id", flat=True)) == {"c1", "c2"}
    assert ModerationDecision.objects.count() == 2
    again = import_comments_file(channel, io.BytesIO(CSV.encode()), "csv", None)
    assert again.summary["created"] == 0 and again.summary["duplicate"] == 3


def test_json_import(published, channel):
    data = [
        {"id": "j1", "text": "Dag!", "author": {"id": "a"}, "created_at": "2026-03-02T09:00:00Z"},
        {"id": "j2", "text": "geen auteur", "created_at": "2026-03-02T09:00:00Z"},
    ]
    report = import_comments_file(
        channel, io.StringIO(json.dumps({"comments": data})), "json", None
    )
    assert [(r.position, r.status) for r in report.results] == [(1, "created"), (2, "rejected")]
    assert report.to_dict()["results"][1]["item"] == 2


@pytest.mark.parametrize(
    ("content", "fmt"),
    [("", "csv"), ("id,text\n1,x\n", "csv"), ("{nope", "json"), ('{"a": 1}', "json"), ("x", "xml")],
)
def test_unreadable_files_raise_clear_errors(channel, content, fmt):
    with pytest.raises(ImportFileError):
        import_comments_file(channel, io.StringIO(content), fmt, None)
    assert not Comment.objects.exists()


def test_import_needs_permission(channel, member):
    with pytest.raises(PermissionDenied):
        import_comments_file(channel, io.StringIO(CSV), "csv", member("antwoorder"))


def test_management_command(published, channel, tmp_path, capsys):
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_comments", "--channel", str(channel.pk), str(path))
    out, err = capsys.readouterr()
    assert "2 new" in out and "row 4: created_at" in err
    assert Comment.objects.count() == 2


def test_capabilities_follow_the_design_note():
    from sereen.connectors.models import PLATFORM_CAPABILITIES as caps

    assert caps["x"] == {"hide", "reply"}
    assert "block" not in caps["instagram"]
    assert "delete" not in caps["mastodon"] and "hide" not in caps["mastodon"]
    assert "delete" not in caps["youtube"] and "delete" not in caps["tiktok"]
