"""The staff pages: writing a draft in forms or YAML, deciding, publishing, importing, exporting."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from sereen.policy import documents, selectors, services
from sereen.policy.models import PolicyVersion

pytestmark = pytest.mark.django_db

BASE = "/app/testegem/beleid/"
State = PolicyVersion.State


@pytest.fixture
def as_beheerder(client, beheerder):
    client.force_login(beheerder)
    return client


def _rule_form(**changes):
    data = {
        "code": "R42",
        "title": "Geen reclame voor gokken",
        "kind": "other",
        "explanation": "Reclame voor gokspelen verwijderen we.",
        "severity": "medium",
        "default_action": "delete",
        "escalate_to": "none",
        "public_reason": "We verwijderden uw reactie: reclame voor gokken (huisregel R42).",
        "allowed_examples": "Is het casino open op zondag?\n",
        "forbidden_examples": "Win nu 500 euro bij Casino X!\nSpeel mee via deze link\n",
        "do": "save",
    }
    data.update(changes)
    return data


def test_a_house_rule_is_added_in_the_form(as_beheerder, draft):
    response = as_beheerder.post(f"{BASE}versie/2/bewerken/huisregel/", _rule_form())
    assert response.status_code == 302
    draft.refresh_from_db()
    rule = documents.engine_policy(draft.document).house_rules.by_code("R42")
    assert rule.title == "Geen reclame voor gokken"
    assert rule.forbidden_examples == ("Win nu 500 euro bij Casino X!", "Speel mee via deze link")
    assert rule.allowed_examples == ("Is het casino open op zondag?",)
    page = as_beheerder.get(f"{BASE}versie/2/bewerken/").content.decode()
    assert 'id="rule-R42"' in page


def test_a_house_rule_is_changed_and_removed_in_the_form(as_beheerder, draft):
    first = draft.document["house_rules"]["rules"][0]
    code = first["code"]
    page = as_beheerder.get(f"{BASE}versie/2/bewerken/huisregel/{code}/").content.decode()
    assert f'value="{code}"' in page
    as_beheerder.post(
        f"{BASE}versie/2/bewerken/huisregel/{code}/",
        _rule_form(code=code, title="Anders", kind=first["kind"]),
    )
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).house_rules.rules[0].title == "Anders"

    assert (
        as_beheerder.post(f"{BASE}versie/2/bewerken/huisregel/R42/", {"do": "delete"}).status_code
        == 404
    )
    as_beheerder.post(f"{BASE}versie/2/bewerken/huisregel/", _rule_form())
    as_beheerder.post(f"{BASE}versie/2/bewerken/huisregel/R42/", {"do": "delete"})
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).house_rules.by_code("R42") is None


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl-BE",
            "Huisregel R1 kan niet verwijderd worden: management.ladders[0].rules[0]: "
            "er is geen huisregel &#x27;R1&#x27;; regels: R2, R3,",
        ),
        (
            "en",
            "House rule R1 cannot be removed: management.ladders[0].rules[0]: "
            "there is no house rule &#x27;R1&#x27;; rules: R2, R3,",
        ),
    ],
)
def test_a_rule_that_a_ladder_names_is_not_removed_and_why_is_in_the_page_language(
    as_beheerder, draft, language, expected
):
    response = as_beheerder.post(
        f"{BASE}versie/2/bewerken/huisregel/R1/",
        {"do": "delete"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert expected in response.content.decode()
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).house_rules.by_code("R1") is not None


def test_form_errors_are_linked_to_their_fields(as_beheerder, draft):
    code = draft.document["house_rules"]["rules"][0]["code"]
    response = as_beheerder.post(
        f"{BASE}versie/2/bewerken/huisregel/", _rule_form(code=code, title="")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_title-error"' in html and 'id="id_title-error"' in html
    assert 'id="id_code-error"' in html  # the code exists already
    draft.refresh_from_db()
    assert len(draft.document["house_rules"]["rules"]) == len(
        selectors.published_version_for(draft.policy.organisation).document["house_rules"]["rules"]
    )


def _thresholds_form(draft, **fields: str) -> dict[str, str]:
    """What the thresholds tab posts: ``fields`` and each response target's minutes unchanged."""
    data = {"weekend_coverage": "", **fields}
    for target in documents.engine_policy(draft.document).management.response_targets:
        data[f"minutes_{target.priority}"] = str(target.minutes)
    return data


def test_thresholds_and_response_times_in_the_form(as_beheerder, draft):
    policy = documents.engine_policy(draft.document)
    data = {"act": "0.9", "review": "0.45", "weekend_coverage": "Twee keer per dag."}
    for target in policy.management.response_targets:
        data[f"minutes_{target.priority}"] = str(target.minutes + 5)
        data[f"description_{target.priority}"] = target.description
    response = as_beheerder.post(f"{BASE}versie/2/bewerken/drempels/", data)
    assert response.status_code == 302
    draft.refresh_from_db()
    management = documents.engine_policy(draft.document).management
    assert (management.thresholds.act, management.thresholds.review) == (0.9, 0.45)
    assert [t.minutes for t in management.response_targets] == [
        t.minutes + 5 for t in policy.management.response_targets
    ]


def test_the_model_threshold_is_saved_and_may_be_left_empty(as_beheerder, draft):
    data = _thresholds_form(draft, act="0.85", review="0.5", model_act="0.96")
    assert as_beheerder.post(f"{BASE}versie/2/bewerken/drempels/", data).status_code == 302
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).management.thresholds.model_act == 0.96
    data["model_act"] = ""
    assert as_beheerder.post(f"{BASE}versie/2/bewerken/drempels/", data).status_code == 302
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).management.thresholds.model_act is None


@pytest.mark.parametrize("field", ["model_act_threat", "model_act_hate"])
def test_a_model_threshold_for_one_kind_is_saved_refused_below_act_and_may_be_empty(
    as_beheerder, draft, field
):
    url = f"{BASE}versie/2/bewerken/drempels/"
    data = _thresholds_form(draft, act="0.85", review="0.5", model_act="0.97")
    data[field] = "0.9"
    assert as_beheerder.post(url, data).status_code == 302
    draft.refresh_from_db()
    thresholds = documents.engine_policy(draft.document).management.thresholds
    assert (thresholds.model_act, getattr(thresholds, field)) == (0.97, 0.9)
    data[field] = "0.6"
    assert f'id="id_{field}-error"' in as_beheerder.post(url, data).content.decode()
    data[field] = ""
    assert as_beheerder.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert getattr(documents.engine_policy(draft.document).management.thresholds, field) is None


def test_a_model_threshold_below_the_act_threshold_is_refused(as_beheerder, draft):
    data = _thresholds_form(draft, act="0.85", review="0.5", model_act="0.6")
    html = as_beheerder.post(f"{BASE}versie/2/bewerken/drempels/", data).content.decode()
    assert 'id="id_model_act-error"' in html
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).management.thresholds.model_act != 0.6


def test_review_threshold_above_act_is_refused(as_beheerder, draft):
    data = _thresholds_form(draft, act="0.5", review="0.7")
    html = as_beheerder.post(f"{BASE}versie/2/bewerken/drempels/", data).content.decode()
    assert 'id="id_review-error"' in html
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).management.thresholds.review != 0.7


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl-BE", "spring alleen in met spaties"),
        ("en", "indent with spaces only"),
    ],
)
def test_a_yaml_syntax_error_is_explained_in_the_page_language(
    as_beheerder, draft, language, expected
):
    text = selectors.yaml_text(draft).replace("\n  ", "\n\t", 1)
    response = as_beheerder.post(
        f"{BASE}versie/2/bewerken/yaml/", {"text": text}, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 422
    assert expected in response.content.decode()


def test_the_yaml_editor_lists_problems_with_line_and_field_and_keeps_the_text(as_beheerder, draft):
    text = selectors.yaml_text(draft)
    lines = text.splitlines()
    number = next(n for n, line in enumerate(lines) if "default_action:" in line)
    lines[number] = lines[number].split(":")[0] + ": opblazen"
    response = as_beheerder.post(f"{BASE}versie/2/bewerken/yaml/", {"text": "\n".join(lines)})
    html = response.content.decode()
    assert response.status_code == 422
    problems = html.split('id="yaml-problems"', 1)[1].split("</table>", 1)[0]
    assert f"<td>{number + 1}</td>" in problems
    assert ".default_action</code>" in problems
    assert "opblazen" in problems  # the text of the line is shown
    assert 'aria-describedby="yaml-problems"' in html
    assert "opblazen" in html.split("<textarea", 1)[1]
    draft.refresh_from_db()
    assert "opblazen" not in str(draft.document)


def test_the_yaml_editor_saves_a_valid_text(as_beheerder, draft):
    text = selectors.yaml_text(draft).replace(
        draft.document["house_rules"]["rules"][0]["title"], "Via de YAML-editor", 1
    )
    response = as_beheerder.post(f"{BASE}versie/2/bewerken/yaml/", {"text": text})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.document["house_rules"]["rules"][0]["title"] == "Via de YAML-editor"


def test_a_published_version_cannot_be_opened_for_editing(as_beheerder, published):
    response = as_beheerder.get(f"{BASE}versie/1/bewerken/yaml/")
    assert response.status_code == 302
    assert response["Location"] == f"{BASE}versie/1/"
    before = published.document
    as_beheerder.post(f"{BASE}versie/1/bewerken/huisregel/", _rule_form())
    published.refresh_from_db()
    assert published.document == before


def test_submit_approve_and_publish_through_the_pages(client, people, draft):
    client.force_login(people["beheerder"])
    client.post(f"{BASE}versie/2/indienen/", {"change_note": "Jaarlijkse herziening"})
    draft.refresh_from_db()
    assert (draft.state, draft.change_note) == (State.SUBMITTED, "Jaarlijkse herziening")

    client.force_login(people["bestuur"])
    form = client.get(f"{BASE}versie/2/goedkeuren/").content.decode()
    assert "College van burgemeester en schepenen" in form
    response = client.post(
        f"{BASE}versie/2/goedkeuren/",
        {
            "do": "approve",
            "body": "College van burgemeester en schepenen",
            "decision_date": "2026-03-02",
            "reference": "CBS/2026/0117",
            "review_date": "2027-03-02",
            "note": "",
        },
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.state == State.APPROVED
    assert draft.review_date == dt.date(2027, 3, 2)

    client.force_login(people["beheerder"])
    client.post(f"{BASE}versie/2/publiceren/")
    draft.refresh_from_db()
    assert draft.state == State.PUBLISHED


def test_the_approval_form_explains_missing_fields(client, people, draft):
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    client.force_login(people["bestuur"])
    html = client.post(
        f"{BASE}versie/2/goedkeuren/",
        {"do": "approve", "body": "College", "decision_date": "2026-03-02", "reference": ""},
    ).content.decode()
    assert 'id="id_reference-error"' in html and 'id="id_review_date-error"' in html
    draft.refresh_from_db()
    assert draft.state == State.SUBMITTED


def test_the_governing_body_sends_a_version_back(client, people, draft):
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    client.force_login(people["bestuur"])
    client.post(f"{BASE}versie/2/goedkeuren/", {"do": "return", "reason": "R3 is te vaag"})
    draft.refresh_from_db()
    assert (draft.state, draft.returned_reason) == (State.DRAFT, "R3 is te vaag")
    client.force_login(people["beheerder"])
    assert "R3 is te vaag" in client.get(BASE).content.decode()


def test_export_downloads_the_yaml(as_beheerder, published):
    response = as_beheerder.get(f"{BASE}versie/1/export/")
    assert response["Content-Type"].startswith("application/yaml")
    assert 'filename="testegem-beleid-v1.yaml"' in response["Content-Disposition"]
    assert documents.parse_yaml(response.content.decode()) == documents.engine_policy(
        published.document
    )


def test_import_by_upload_creates_the_draft(as_beheerder, organisation, published):
    text = documents.yaml_of(published.document)
    upload = SimpleUploadedFile("beleid.yaml", text.encode("utf-8"), "application/yaml")
    response = as_beheerder.post(f"{BASE}importeren/", {"file": upload})
    assert response.status_code == 302
    draft = selectors.open_version(organisation)
    assert draft.state == State.DRAFT and draft.document == published.document


def test_a_broken_upload_imports_nothing_and_shows_line_and_field(
    as_beheerder, organisation, published
):
    lines = documents.yaml_of(published.document).splitlines()
    number = next(n for n, line in enumerate(lines) if "severity:" in line)
    lines[number] = lines[number].split(":")[0] + ": enorm"
    upload = SimpleUploadedFile("kapot.yaml", "\n".join(lines).encode("utf-8"))
    response = as_beheerder.post(f"{BASE}importeren/", {"file": upload})
    html = response.content.decode()
    assert response.status_code == 422
    problems = html.split('id="yaml-problems"', 1)[1].split("</table>", 1)[0]
    assert f"<td>{number + 1}</td>" in problems and ".severity</code>" in problems
    assert selectors.open_version(organisation) is None


def _problem_rows(html: str) -> list[str]:
    """The rows of the problem table: line, field, problem (and the line's text)."""
    table = html.split('id="yaml-problems"', 1)[1].split("</table>", 1)[0]
    return [row.split("</tr>", 1)[0] for row in table.split("<tbody>", 1)[1].split("<tr>")[1:]]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl-BE",
            {
                "severity": "de verplichte sleutel &#x27;severity&#x27; ontbreekt",
                "severty": "onbekende sleutel &#x27;severty&#x27; (bedoelt u &#x27;severity&#x27;?);"
                " bekende sleutels: code, kind, title, severity,",
                "window_days": "moet een geheel getal zijn, maar is tekst",
            },
        ),
        (
            "en",
            {
                "severity": "missing required key &#x27;severity&#x27;",
                "severty": "unknown key &#x27;severty&#x27; (did you mean &#x27;severity&#x27;?);"
                " known keys: code, kind, title, severity,",
                "window_days": "must be a whole number, not text",
            },
        ),
    ],
)
def test_the_problems_of_a_broken_import_are_in_the_language_of_the_page(
    client, beheerder, organisation, published, language, expected
):
    lines = documents.yaml_of(published.document).splitlines()
    numbers = {}
    for field, old, new in [
        ("severity", "severity: high", "severty: high"),
        ("window_days", "window_days: ", "window_days: dertig # "),
    ]:
        index = next(n for n, line in enumerate(lines) if old in line)
        lines[index] = lines[index].replace(old, new)
        numbers[field] = index + 1
    # A missing key is reported on the line where its mapping (the house rule) begins.
    numbers["severty"] = numbers["severity"]
    numbers["severity"] = max(
        n for n, line in enumerate(lines[: numbers["severty"]], 1) if "- code:" in line
    )
    upload = SimpleUploadedFile("kapot.yaml", "\n".join(lines).encode("utf-8"))
    client.force_login(beheerder)

    response = client.post(f"{BASE}importeren/", {"file": upload}, HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 422
    rows = _problem_rows(response.content.decode())
    assert len(rows) == len(expected)
    for row in rows:
        field = row.split("<code>", 1)[1].split("</code>", 1)[0].rsplit(".", 1)[-1]
        assert f"<td>{numbers[field]}</td>" in row, row
        assert expected[field] in row, row
    assert selectors.open_version(organisation) is None


def test_a_file_that_is_not_utf8_is_explained(as_beheerder, organisation, published):
    upload = SimpleUploadedFile("latin.yaml", "organisation: Gemeente Ætt\xe9\n".encode("latin-1"))
    html = as_beheerder.post(f"{BASE}importeren/", {"file": upload}).content.decode()
    assert 'id="id_file-error"' in html
    assert selectors.open_version(organisation) is None


def test_the_overview_warns_when_the_review_is_due_and_lists_who_has_not_acknowledged(
    client, organisation, people
):
    from django.utils import timezone

    today = timezone.localdate() - dt.timedelta(days=340)
    services.install_starter_policy(
        organisation=organisation, actor=people["beheerder"], today=today
    )
    client.force_login(people["beheerder"])
    html = client.get(BASE).content.decode()
    assert "alert-warn" in html
    pending = html.split('id="not-acknowledged"', 1)[1].split("</ul>", 1)[0]
    assert str(people["moderator"]) in pending


def test_a_new_draft_starts_from_the_version_in_force(as_beheerder, organisation, published):
    response = as_beheerder.post(f"{BASE}nieuw/")
    draft = selectors.open_version(organisation)
    assert response["Location"] == f"{BASE}versie/{draft.number}/bewerken/"
    assert draft.based_on == published
    # A second one is refused with a message, not an error page.
    response = as_beheerder.post(f"{BASE}nieuw/", follow=True)
    assert response.status_code == 200
    assert selectors.versions_of(organisation).count() == 2


def test_an_unknown_version_is_404(as_beheerder, published):
    assert as_beheerder.get(f"{BASE}versie/99/").status_code == 404


def test_a_problem_the_engine_finds_is_shown_on_the_field(as_beheerder, draft):
    taken = draft.document["house_rules"]["rules"][0]["kind"]
    html = as_beheerder.post(
        f"{BASE}versie/2/bewerken/huisregel/", _rule_form(kind=taken)
    ).content.decode()
    assert 'id="id_kind-error"' in html
    assert 'aria-describedby="id_kind-error id_kind_helptext"' in html
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).house_rules.by_code("R42") is None


def test_the_approval_form_suggests_today_and_a_review_in_a_year(client, people, draft):
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    client.force_login(people["bestuur"])
    html = client.get(f"{BASE}versie/2/goedkeuren/").content.decode()
    from django.utils import timezone

    today = timezone.localdate()
    # Date fields carry ISO dates, the only form <input type="date"> accepts.
    assert f'value="{today.isoformat()}"' in html
    assert f'value="{(today + dt.timedelta(days=365)).isoformat()}"' in html


def test_every_description_a_field_points_to_exists(as_beheerder, draft):
    import re

    html = as_beheerder.post(
        f"{BASE}versie/2/bewerken/huisregel/", _rule_form(code="", title="")
    ).content.decode()
    described = {i for ids in re.findall(r'aria-describedby="([^"]+)"', html) for i in ids.split()}
    assert "id_code-error" in described and "id_code_helptext" in described
    for target in described:
        assert f'id="{target}"' in html, target


def test_a_problem_in_one_line_names_line_and_field_in_the_page_language():
    from django.utils import translation

    from sereen.policy.views import _problem_text

    with pytest.raises(documents.PolicyFileError) as caught:
        documents.parse_yaml("format_version: 1\nversion: []\n")
    problems = {p.field: p for p in caught.value.problems}
    with translation.override("nl-be"):
        assert (
            _problem_text(problems["version"])
            == "regel 2, version: moet tekst zijn, maar is een lijst"
        )
        assert _problem_text(problems["organisation"]) == (
            "regel 1, organisation: de verplichte sleutel 'organisation' ontbreekt"
        )
    with translation.override("en"):
        assert _problem_text(problems["version"]) == str(problems["version"])
