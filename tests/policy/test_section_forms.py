"""The parts of a draft in plain forms: code of conduct, target groups, traffic light, platforms,
roles, office hours, action ladders, when people decide, crisis protocol.

Each form is posted as the page shows it (read from the HTML, like a browser would), changed where
a test says so. A save must change the draft as expected and survive the YAML export; a refused
save must store nothing, show the error on its field and keep what was typed.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser

from django.utils import translation

import pytest

from sereen.core.models import AuditEvent
from sereen.policy import documents, services
from sereen.policy.models import PolicyVersion
from sereen.policy.urls import SECTION_SLUGS

pytestmark = pytest.mark.django_db

BASE = "/app/testegem/beleid/"
SLUG = {section: slug for slug, section in SECTION_SLUGS.items()}


class _FormReader(HTMLParser):
    """The values a browser would post for the first form with method=post on a page."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, list[str]] = {}
        self._in_form = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._select_value: str | None = None
        self._first_option: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post" and "section-form" in a.get("class", ""):
            self._in_form = True
        if not self._in_form:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.data.setdefault(name, []).append(a.get("value", "on"))
            elif kind != "submit":
                self.data.setdefault(name, []).append(a.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self.data.setdefault(name, []).append("")
        elif tag == "select" and name:
            self._select, self._select_value, self._first_option = name, None, None
        elif tag == "option" and self._select:
            if self._first_option is None:
                self._first_option = a.get("value", "")
            if "selected" in a:
                self._select_value = a.get("value", "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea:
            # A browser drops the one newline that follows <textarea>.
            text = self.data[self._textarea][-1]
            self.data[self._textarea][-1] = text[1:] if text.startswith("\n") else text
            self._textarea = None
        elif tag == "select" and self._select:
            value = self._select_value if self._select_value is not None else self._first_option
            self.data.setdefault(self._select, []).append(value or "")
            self._select = None
        elif tag == "form":
            self._in_form = False


def form_of(html: str) -> dict[str, list[str]]:
    reader = _FormReader()
    reader.feed(html)
    return {name: [html_lib.unescape(v) for v in values] for name, values in reader.data.items()}


def _errors_in(html: str) -> str:
    """The error summary and the problems of a refused page, for a failing assertion."""
    found = re.search(r'<div class="alert alert-danger.*?</div>', html, re.S)
    return found[0] if found else html[-3000:]


def url(version, section: str) -> str:
    return f"{BASE}versie/{version.number}/bewerken/{SLUG[section]}/"


@pytest.fixture
def as_beheerder(client, beheerder):
    client.force_login(beheerder)
    return client


def shown(client, version, section: str) -> dict[str, list[str]]:
    response = client.get(url(version, section))
    assert response.status_code == 200
    return form_of(response.content.decode())


def engine(version):
    version.refresh_from_db()
    return documents.engine_policy(version.document)


def exported(client, version):
    """The policy as the YAML export gives it, read back by the engine."""
    response = client.get(f"{BASE}versie/{version.number}/export/")
    assert response.status_code == 200
    return documents.parse_yaml(response.content.decode("utf-8"))


def save(client, version, section, data):
    response = client.post(url(version, section), data)
    assert response.status_code == 302, _errors_in(response.content.decode())
    return engine(version)


def _count(data, prefix):
    return int(data[f"{prefix}-TOTAL_FORMS"][0])


# ---------------------------------------------------------------------------------------------
# Every form shows the whole part: posting it unchanged changes nothing


@pytest.mark.parametrize("section", sorted(SLUG))
def test_posting_a_form_as_shown_keeps_the_policy_exactly(as_beheerder, draft, section):
    before = draft.document
    data = shown(as_beheerder, draft, section)
    response = as_beheerder.post(url(draft, section), data)
    assert response.status_code == 302, _errors_in(response.content.decode())
    draft.refresh_from_db()
    assert draft.document == before
    assert not AuditEvent.objects.filter(action=f"policy.{section}_updated").exists()


def test_the_tabs_link_every_part(as_beheerder, draft):
    page = as_beheerder.get(f"{BASE}versie/{draft.number}/bewerken/").content.decode()
    for section in SLUG:
        assert f'href="{url(draft, section)}"' in page


# ---------------------------------------------------------------------------------------------
# Happy paths: the document changes as expected and round-trips through the YAML export


def test_the_code_of_conduct_is_changed_added_to_removed_from_and_reordered(as_beheerder, draft):
    old = engine(draft).code_of_conduct
    data = shown(as_beheerder, draft, "code_of_conduct")
    n = _count(data, "guidelines")
    assert n == len(old.guidelines) + 1  # one empty record to add a guideline
    data["introduction"] = ["Deze code geldt voor alle medewerkers."]
    data["guidelines-0-title"] = ["Spreek alleen namens de gemeente als dat uw taak is"]
    data["guidelines-1-DELETE"] = ["on"]
    new = n - 1
    data[f"guidelines-{new}-title"] = ["Gebruik geen AI-beelden zonder vermelding"]
    data[f"guidelines-{new}-text"] = ["Vermeld altijd dat een beeld met AI gemaakt is."]
    data[f"guidelines-{new}-professional"] = ["Op de kanalen van de gemeente: altijd vermelden."]
    data[f"guidelines-{new}-private"] = [""]
    data[f"guidelines-{new}-examples"] = ["Beeld gemaakt met AI\n\n  Illustratie: AI  \n"]
    data[f"guidelines-{new}-ORDER"] = ["0"]
    policy = save(as_beheerder, draft, "code_of_conduct", data)
    code = policy.code_of_conduct
    assert code.introduction == "Deze code geldt voor alle medewerkers."
    assert [g.title for g in code.guidelines] == [
        "Gebruik geen AI-beelden zonder vermelding",
        "Spreek alleen namens de gemeente als dat uw taak is",
        *[g.title for g in old.guidelines[2:]],
    ]
    first = code.guidelines[0]
    assert first.examples == ("Beeld gemaakt met AI", "Illustratie: AI")
    assert first.private == "" and first.professional.startswith("Op de kanalen")
    assert code.guidelines[1].text == old.guidelines[0].text
    assert exported(as_beheerder, draft) == policy
    event = AuditEvent.objects.get(action="policy.code_of_conduct_updated")
    assert event.after["document"] == draft.document


def test_target_groups_are_added_and_removed(as_beheerder, draft):
    old = engine(draft).target_groups
    data = shown(as_beheerder, draft, "target_groups")
    new = _count(data, "targetgroups") - 1
    data["targetgroups-0-DELETE"] = ["on"]
    data[f"targetgroups-{new}-name"] = ["Toeristen"]
    data[f"targetgroups-{new}-sensitivities"] = [
        "Lezen vaak Engels; geef de kern ook in het Engels."
    ]
    policy = save(as_beheerder, draft, "target_groups", data)
    assert [g.name for g in policy.target_groups] == [g.name for g in old[1:]] + ["Toeristen"]
    assert policy.target_groups[-1].sensitivities.startswith("Lezen vaak Engels")
    assert exported(as_beheerder, draft) == policy


def test_the_traffic_light_gets_a_red_category_with_examples(as_beheerder, draft):
    data = shown(as_beheerder, draft, "content_categories")
    new = _count(data, "contentcategories") - 1
    data[f"contentcategories-{new}-level"] = ["never"]
    data[f"contentcategories-{new}-title"] = ["Geruchten"]
    data[f"contentcategories-{new}-examples"] = [
        "Niet-bevestigde berichten\nSpeculatie over daders"
    ]
    data["contentcategories-0-level"] = ["approval"]
    policy = save(as_beheerder, draft, "content_categories", data)
    last = policy.content_categories[-1]
    assert (last.level, last.title) == ("never", "Geruchten")
    assert last.examples == ("Niet-bevestigde berichten", "Speculatie over daders")
    assert policy.content_categories[0].level == "approval"
    assert exported(as_beheerder, draft) == policy


def test_a_platform_gets_other_points_of_attention(as_beheerder, draft):
    data = shown(as_beheerder, draft, "platforms")
    data["platforms-1-purpose"] = ["Informeren en luisteren."]
    data["platforms-1-attention"] = ["Privacy: verwijs naar de privacyverklaring.\nGeen dossiers."]
    policy = save(as_beheerder, draft, "platforms", data)
    platform = policy.platforms[1]
    assert platform.purpose == "Informeren en luisteren."
    assert platform.attention == ("Privacy: verwijs naar de privacyverklaring.", "Geen dossiers.")
    assert exported(as_beheerder, draft) == policy


def test_the_roles_matrix_gets_a_row(as_beheerder, draft):
    data = shown(as_beheerder, draft, "roles")
    new = _count(data, "roles") - 1
    data[f"roles-{new}-role"] = ["moderator"]
    data[f"roles-{new}-who"] = ["Jeugddienst"]
    data[f"roles-{new}-tasks"] = ["Modereert de reacties op TikTok.\nPost over jeugdwerking."]
    policy = save(as_beheerder, draft, "roles", data)
    row = policy.roles[-1]
    assert (row.role, row.who) == ("moderator", "Jeugddienst")
    assert row.tasks == ("Modereert de reacties op TikTok.", "Post over jeugdwerking.")
    assert exported(as_beheerder, draft) == policy


def test_office_hours_with_a_lunch_break_and_closed_days(as_beheerder, draft):
    data = shown(as_beheerder, draft, "office_hours")
    assert data["d2_0_start"] == ["08:30"] and data["d2_1_start"] == [""]
    # Wednesday: a lunch break; Friday: closed.
    data.update({"d2_0_end": ["12:00"], "d2_1_start": ["13:00"], "d2_1_end": ["17:00"]})
    data.update({"d4_0_start": [""], "d4_0_end": [""]})
    data["closed_on"] = [data["closed_on"][0] + "\n2026-11-02\n"]
    policy = save(as_beheerder, draft, "office_hours", data)
    hours = policy.management.office_hours.hours
    assert (2, "08:30", "12:00") in hours and (2, "13:00", "17:00") in hours
    assert not [h for h in hours if h[0] == 4]
    assert policy.management.office_hours.closed_on[-1] == "2026-11-02"
    # What the form does not show stays as it was.
    assert policy.management.office_hours.weekend_coverage.startswith("Op zaterdag")
    assert exported(as_beheerder, draft) == policy


def test_action_ladders_are_changed_and_added(as_beheerder, draft):
    old = engine(draft).management.ladders
    data = shown(as_beheerder, draft, "ladders")
    assert data["ladders-0-rules"] == ["R1"]
    data["ladders-0-window_days"] = ["60"]
    data["ladders-0-step4_action"] = ["delete"]
    data["ladders-0-step4_warn"] = ["on"]
    data["ladders-0-step4_block"] = ["0"]
    new = _count(data, "ladders") - 1
    data[f"ladders-{new}-rules"] = ["R4", "R7"]
    data[f"ladders-{new}-window_days"] = ["14"]
    data[f"ladders-{new}-step0_action"] = ["hide"]
    # An empty row between steps is skipped: offences still count 1, 2.
    data[f"ladders-{new}-step2_action"] = ["hide"]
    data[f"ladders-{new}-step2_warn"] = ["on"]
    policy = save(as_beheerder, draft, "ladders", data)
    ladders = policy.management.ladders
    assert ladders[0].window_days == 60
    assert [(s.offence, s.action, s.warn, s.propose_block_days) for s in ladders[0].steps][-1] == (
        5,
        "delete",
        True,
        0,
    )
    assert ladders[1:-1] == old[1:]
    added = ladders[-1]
    assert added.rules == ("R4", "R7") and added.window_days == 14
    assert [(s.offence, s.action, s.warn) for s in added.steps] == [
        (1, "hide", False),
        (2, "hide", True),
    ]
    assert exported(as_beheerder, draft) == policy


def test_a_long_ladder_keeps_all_its_steps(as_beheerder, beheerder, draft):
    import dataclasses

    from sereen.engine.policy import Action, LadderStep

    ladders = engine(draft).management.ladders
    steps = tuple(LadderStep(offence=n, action=Action.HIDE, warn=n > 1) for n in range(1, 9))
    long = (dataclasses.replace(ladders[0], steps=steps), *ladders[1:])
    services.update_section(
        version=draft, actor=beheerder, section="ladders", changes={"ladders": long}
    )
    data = shown(as_beheerder, draft, "ladders")
    assert data["ladders-0-step7_action"] == ["hide"] and data["ladders-0-step8_action"] == [""]
    data["ladders-0-step8_action"] = ["delete"]
    policy = save(as_beheerder, draft, "ladders", data)
    assert [s.action for s in policy.management.ladders[0].steps] == ["hide"] * 8 + ["delete"]


def test_when_people_decide_and_the_reply_guidance(as_beheerder, draft):
    data = shown(as_beheerder, draft, "human_decision")
    data["human_decision"] = ["Elke blokkering.\nElke melding bij de politie.\n"]
    data["reply_guidance"] = ["Antwoord met 'u'.\nOnderteken met uw voornaam."]
    policy = save(as_beheerder, draft, "human_decision", data)
    assert policy.management.human_decision == ("Elke blokkering.", "Elke melding bij de politie.")
    assert policy.management.reply_guidance == "Antwoord met 'u'.\nOnderteken met uw voornaam."
    assert exported(as_beheerder, draft) == policy


def test_the_crisis_protocol(as_beheerder, draft):
    data = shown(as_beheerder, draft, "crisis")
    assert data["review_everything"] == ["on"]
    data["spike_hostile_per_hour"] = ["20"]
    data["act"], data["review"] = ["0.97"], ["0.25"]
    del data["review_everything"]  # unticked
    data["team"] = ["Burgemeester\nDiensthoofd communicatie"]
    policy = save(as_beheerder, draft, "crisis", data)
    crisis = policy.management.crisis
    assert crisis.spike_hostile_per_hour == 20
    assert (crisis.thresholds.act, crisis.thresholds.review) == (0.97, 0.25)
    assert crisis.review_everything is False
    assert crisis.team == ("Burgemeester", "Diensthoofd communicatie")
    assert policy.management.thresholds == engine(draft).management.thresholds
    assert exported(as_beheerder, draft) == policy


# ---------------------------------------------------------------------------------------------
# Invalid entries: nothing saved, the error on its field, what was typed shown again


def _refused(client, version, section, data):
    before = PolicyVersion.objects.get(pk=version.pk).document
    with translation.override("nl-be"):
        response = client.post(url(version, section), data, HTTP_ACCEPT_LANGUAGE="nl-be")
    assert response.status_code == 400
    version.refresh_from_db()
    assert version.document == before
    html = response.content.decode()
    return html, form_of(html)


def _error_of(html: str, field_id: str) -> str:
    """The error text linked to the field ``field_id``; fails unless the field points to it."""
    tag = re.search(rf'<(?:input|textarea|select)[^>]*id="{field_id}"[^>]*>', html)
    assert tag, field_id
    assert 'aria-invalid="true"' in tag[0]
    assert f'aria-describedby="{field_id}-error' in tag[0]
    found = re.search(rf'id="{field_id}-error">(.*?)</p>', html, re.S)
    assert found, field_id
    return html_lib.unescape(found[1].strip())


def test_a_guideline_without_a_title_is_refused_on_its_field(as_beheerder, draft):
    data = shown(as_beheerder, draft, "code_of_conduct")
    data["introduction"] = ["Nieuwe inleiding die niet verloren mag gaan."]
    data["guidelines-2-title"] = [""]
    data["guidelines-2-examples"] = ["Voorbeeld dat blijft staan"]
    html, again = _refused(as_beheerder, draft, "code_of_conduct", data)
    assert "verplicht" in _error_of(html, "id_guidelines-2-title")
    assert again["introduction"] == ["Nieuwe inleiding die niet verloren mag gaan."]
    assert again["guidelines-2-examples"] == ["Voorbeeld dat blijft staan"]
    assert 'href="#id_guidelines-2-title"' in html  # the summary at the top links the field


def test_a_closed_day_that_is_no_date_is_refused_by_the_engine_on_the_field(as_beheerder, draft):
    data = shown(as_beheerder, draft, "office_hours")
    typed = data["closed_on"][0] + "\n2026-13-01"
    data["closed_on"] = [typed]
    data["timezone"] = ["Europe/Brussels"]
    html, again = _refused(as_beheerder, draft, "office_hours", data)
    error = _error_of(html, "id_closed_on")
    assert "'2026-13-01' is geen datum" in error, error
    assert again["closed_on"] == [typed]


def test_an_office_that_closes_before_it_opens_is_refused_on_the_closing_time(as_beheerder, draft):
    data = shown(as_beheerder, draft, "office_hours")
    data["d1_0_end"] = ["07:00"]
    html, again = _refused(as_beheerder, draft, "office_hours", data)
    assert "07:00" in _error_of(html, "id_d1_0_end")
    assert again["d1_0_end"] == ["07:00"]


def test_an_unknown_time_zone_is_refused_on_its_field(as_beheerder, draft):
    data = shown(as_beheerder, draft, "office_hours")
    data["timezone"] = ["Europe/Brussel"]
    html, again = _refused(as_beheerder, draft, "office_hours", data)
    assert "Europe/Brussel" in _error_of(html, "id_timezone")
    assert again["timezone"] == ["Europe/Brussel"]


def test_a_rule_in_two_ladders_is_refused_on_the_second_ladder(as_beheerder, draft):
    data = shown(as_beheerder, draft, "ladders")
    data["ladders-1-rules"] = ["R1", "R2", "R3"]
    data["ladders-1-window_days"] = ["400"]
    html, again = _refused(as_beheerder, draft, "ladders", data)
    assert "ladders[0]" in html
    error = re.search(r'id="id_ladders-1-rules-error">(.*?)</p>', html, re.S)[1]
    assert "'R1'" in html_lib.unescape(error)
    assert 'aria-describedby="id_ladders-1-rules-error' in html
    assert sorted(again["ladders-1-rules"]) == ["R1", "R2", "R3"]
    assert again["ladders-1-window_days"] == ["400"]


def test_a_ladder_without_steps_is_refused(as_beheerder, draft):
    data = shown(as_beheerder, draft, "ladders")
    for step in range(6):
        data[f"ladders-0-step{step}_action"] = [""]
        data[f"ladders-0-step{step}_warn"] = []
        data[f"ladders-0-step{step}_block"] = [""]
    html, _again = _refused(as_beheerder, draft, "ladders", data)
    assert "minstens één stap" in _error_of(html, "id_ladders-0-step0_action")


def test_crisis_thresholds_the_wrong_way_round_are_refused_by_the_engine(as_beheerder, draft):
    data = shown(as_beheerder, draft, "crisis")
    data["act"], data["review"] = ["0.4"], ["0.9"]
    data["description"] = ["Getypte tekst"]
    html, again = _refused(as_beheerder, draft, "crisis", data)
    assert "0.9" in _error_of(html, "id_review")
    assert again["description"] == ["Getypte tekst"] and again["review"] == ["0.9"]


def test_a_role_that_sereen_does_not_know_is_refused(as_beheerder, draft):
    data = shown(as_beheerder, draft, "roles")
    data["roles-0-role"] = ["burgemeester"]
    data["roles-0-who"] = ["Getypt"]
    html, again = _refused(as_beheerder, draft, "roles", data)
    assert _error_of(html, "id_roles-0-role")
    assert again["roles-0-who"] == ["Getypt"]


def test_every_description_a_field_points_to_exists(as_beheerder, draft):
    data = shown(as_beheerder, draft, "office_hours")
    # A form error first (the engine is not asked then), then one the engine finds.
    for change, field in (
        ({"d0_0_end": [""]}, "id_d0_0_end"),
        ({"closed_on": ["12-32"]}, "id_closed_on"),
    ):
        html, _again = _refused(as_beheerder, draft, "office_hours", {**data, **change})
        described = {
            i for ids in re.findall(r'aria-describedby="([^"]+)"', html) for i in ids.split()
        }
        assert f"{field}-error" in described
        for target in described:
            assert f'id="{target}"' in html, target


# ---------------------------------------------------------------------------------------------
# Only drafts, and only for the roles that write drafts


@pytest.mark.parametrize("section", sorted(SLUG))
def test_a_published_version_is_not_changed(as_beheerder, published, section):
    before = published.document
    response = as_beheerder.get(url(published, section))
    assert response.status_code == 302
    assert response["Location"].endswith(f"/versie/{published.number}/")
    response = as_beheerder.post(url(published, section), {"introduction": "Anders"})
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.document == before


def test_a_submitted_or_approved_version_is_not_changed_in_the_forms(
    as_beheerder, people, draft, approve_kwargs
):
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    for state in ("submitted", "approved"):
        if state == "approved":
            services.approve(version=draft, actor=people["bestuur"], **approve_kwargs)
        data = {**shown_as_draft(draft, "roles"), "roles-0-who": ["Anders"]}
        before = PolicyVersion.objects.get(pk=draft.pk).document
        response = as_beheerder.post(url(draft, "roles"), data)
        assert response.status_code == 302
        assert response["Location"].endswith(f"/versie/{draft.number}/")
        draft.refresh_from_db()
        assert draft.state == state and draft.document == before


def shown_as_draft(version, section):
    """The form data a page would post, built from the stored document (whatever its state)."""
    from sereen.policy.forms import EDITORS

    editor = EDITORS[section](documents.engine_policy(version.document))
    data: dict[str, list[str]] = {}
    formset = editor.formset
    for key, value in formset.management_form.initial.items():
        data[f"{formset.prefix}-{key}"] = [str(value)]
    for form in formset.forms:
        for name, value in form.initial.items():
            data[form.add_prefix(name)] = [
                "\n".join(value) if isinstance(value, list) else str(value)
            ]
    return data


def test_the_service_refuses_an_approved_version(people, draft, approve_kwargs):
    from django.core.exceptions import ValidationError

    services.submit_for_approval(version=draft, actor=people["beheerder"])
    approved = services.approve(version=draft, actor=people["bestuur"], **approve_kwargs)
    before = approved.document
    with pytest.raises(ValidationError):
        services.update_section(
            version=approved,
            actor=people["beheerder"],
            section="target_groups",
            changes={"target_groups": ()},
        )
    approved.refresh_from_db()
    assert approved.document == before and approved.state == PolicyVersion.State.APPROVED


def test_the_service_takes_only_the_fields_of_its_section(beheerder, draft):
    with pytest.raises(ValueError, match="no fields"):
        services.update_section(
            version=draft, actor=beheerder, section="roles", changes={"platforms": ()}
        )
    with pytest.raises(ValueError, match="unknown section"):
        services.update_section(version=draft, actor=beheerder, section="house_rules", changes={})


@pytest.mark.parametrize(
    "role", ["redacteur", "moderator", "antwoorder", "leidinggevende", "bestuur", "lezer"]
)
@pytest.mark.parametrize("section", sorted(SLUG))
def test_only_a_beheerder_saves_a_part(client, people, draft, role, section):
    client.force_login(people["beheerder"])
    data = shown(client, draft, section)
    before = draft.document
    client.force_login(people[role])
    assert client.get(url(draft, section)).status_code == 403
    assert client.post(url(draft, section), data).status_code == 403
    draft.refresh_from_db()
    assert draft.document == before


def test_the_model_threshold_of_a_crisis_is_shown_and_kept(as_beheerder, draft):
    document = dict(draft.document)
    document["management"] = dict(document["management"])
    document["management"]["crisis"] = dict(document["management"]["crisis"])
    document["management"]["crisis"]["thresholds"] = {"act": 0.95, "review": 0.3, "model_act": 0.99}
    draft.document = document
    draft.save()
    data = shown(as_beheerder, draft, "crisis")
    assert data["model_act"] == ["0.99"]
    assert save(as_beheerder, draft, "crisis", data).management.crisis.thresholds.model_act == 0.99
    data["model_act"] = [""]
    assert save(as_beheerder, draft, "crisis", data).management.crisis.thresholds.model_act is None


def test_an_example_of_several_lines_survives_showing_and_saving(as_beheerder, draft):
    """A list is typed one item per line; an indented line right below an item continues it,
    which is how the form shows an item of several lines, so posting it back keeps it whole."""
    data = shown(as_beheerder, draft, "code_of_conduct")
    data["guidelines-0-examples"] = [
        "Eerste voorbeeld\n  met een tweede regel\nTweede voorbeeld\n\n  Derde voorbeeld"
    ]
    policy = save(as_beheerder, draft, "code_of_conduct", data)
    assert policy.code_of_conduct.guidelines[0].examples == (
        "Eerste voorbeeld\nmet een tweede regel",
        "Tweede voorbeeld",
        "Derde voorbeeld",
    )
    draft.refresh_from_db()
    before = draft.document
    again = shown(as_beheerder, draft, "code_of_conduct")
    assert again["guidelines-0-examples"] == [
        "Eerste voorbeeld\n  met een tweede regel\nTweede voorbeeld\nDerde voorbeeld"
    ]
    response = as_beheerder.post(url(draft, "code_of_conduct"), again)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.document == before
