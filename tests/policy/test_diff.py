"""Any two versions side by side, part by part, with the changes marked."""

from __future__ import annotations

import pytest

from sereen.policy import selectors, services
from tests.factories.policy import with_code_introduction, with_rule_title

pytestmark = pytest.mark.django_db


@pytest.fixture
def changed_draft(beheerder, draft):
    code = draft.document["house_rules"]["rules"][0]["code"]
    old_title = draft.document["house_rules"]["rules"][0]["title"]
    document = with_rule_title(draft.document, code, "Beleefdheidsregel")
    services.update_draft(version=draft, actor=beheerder, document=document)
    draft.refresh_from_db()
    return draft, old_title


def test_only_the_changed_part_has_rows(published, changed_draft):
    draft, _ = changed_draft
    sections = {s.key: s for s in selectors.diff_versions(published, draft)}
    assert sections["house_rules"].has_changes
    assert sections["code_of_conduct"].rows == []
    assert not sections["management"].has_changes
    # The version label differs too, and is reported with the other one-line settings.
    assert sections["general"].changed == 1


def test_a_changed_line_marks_the_words_that_differ(published, changed_draft):
    draft, old_title = changed_draft
    section = next(s for s in selectors.diff_versions(published, draft) if s.key == "house_rules")
    changed = [row for row in section.rows if row.kind == "changed"]
    assert len(changed) == 1
    row = changed[0]
    assert "".join(text for text, _ in row.left).strip() == f"title: {old_title}"
    assert "".join(text for text, _ in row.right).strip() == "title: Beleefdheidsregel"
    assert [text.strip() for text, marked in row.right if marked] == ["Beleefdheidsregel"]
    assert [text.strip() for text, marked in row.left if marked] == [old_title]
    assert [text.strip() for text, marked in row.left if not marked] == ["title:"]
    # Line numbers point into the whole YAML text of each version.
    left_text = selectors.yaml_text(published).splitlines()
    assert left_text[row.left_number - 1].strip() == f"title: {old_title}"


def test_long_unchanged_stretches_are_folded(published, changed_draft):
    draft, _ = changed_draft
    section = next(s for s in selectors.diff_versions(published, draft) if s.key == "house_rules")
    folded = [row for row in section.rows if row.kind == "folded"]
    assert folded and all(row.folded > 0 for row in folded)
    assert len(section.rows) < len(selectors.yaml_text(draft).splitlines()) / 2


def test_added_and_removed_lines_are_told_apart(beheerder, published, draft):
    document = with_code_introduction(draft.document, "Nieuwe inleiding")
    services.update_draft(version=draft, actor=beheerder, document=document)
    draft.refresh_from_db()
    section = next(
        s for s in selectors.diff_versions(published, draft) if s.key == "code_of_conduct"
    )
    assert section.has_changes
    texts = [
        "".join(t for t, _ in row.right) for row in section.rows if row.kind in ("added", "changed")
    ]
    assert any("Nieuwe inleiding" in text for text in texts)


def test_a_version_compared_with_itself_has_no_changes(published):
    assert not any(s.has_changes for s in selectors.diff_versions(published, published))


def test_the_comparison_page_is_an_accessible_table(client, people, published, changed_draft):
    draft, old_title = changed_draft
    client.force_login(people["lezer"])
    response = client.get(
        f"/app/testegem/beleid/vergelijken/?a={published.number}&b={draft.number}"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert '<table class="diff">' in html
    assert "<caption" in html and 'scope="col"' in html
    assert "<ins>Beleefdheidsregel</ins>" in html
    assert f"<del>{old_title}</del>" in html
    # Not by colour alone: a text says what changed.
    assert 'class="visually-hidden">' in html


def test_the_comparison_page_defaults_to_the_two_newest_versions(client, people, changed_draft):
    client.force_login(people["moderator"])
    html = client.get("/app/testegem/beleid/vergelijken/").content.decode()
    assert "<ins>Beleefdheidsregel</ins>" in html
