"""Colleagues are informed: the code of conduct is sent to all staff, who acknowledge it."""

from __future__ import annotations

from django.core import mail
from django.core.exceptions import ValidationError

import pytest

from sereen.core.models import AuditEvent
from sereen.policy import selectors, services
from tests.factories.accounts import UserFactory, grant
from tests.factories.policy import with_code_introduction

pytestmark = pytest.mark.django_db


def test_the_code_is_mailed_to_every_staff_member_separately(organisation, people, published):
    distribution = services.send_code_of_conduct_to_staff(
        organisation=organisation, actor=people["beheerder"]
    )
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people.values())
    assert all(len(m.to) == 1 for m in mail.outbox)
    message = mail.outbox[0]
    assert "/app/testegem/beleid/gedragscode/" in message.body
    guideline = selectors.engine_policy_of(published).code_of_conduct.guidelines[0]
    assert guideline.title in message.body
    assert sorted(distribution.recipients) == sorted(p.username for p in people.values())
    assert AuditEvent.objects.filter(action="policy.code_sent").count() == 1


def test_staff_without_an_address_are_listed_not_skipped_silently(organisation, people, published):
    silent = UserFactory(email="")
    grant(silent, organisation, "moderator")
    distribution = services.send_code_of_conduct_to_staff(
        organisation=organisation, actor=people["beheerder"]
    )
    assert distribution.without_email == [silent.username]
    assert len(mail.outbox) == len(people)


def test_nothing_is_sent_before_a_policy_is_published(organisation, people):
    with pytest.raises(ValidationError):
        services.send_code_of_conduct_to_staff(organisation=organisation, actor=people["beheerder"])
    assert mail.outbox == []


def test_the_beheerder_sees_who_has_not_acknowledged(organisation, people, published):
    services.acknowledge_code_of_conduct(organisation=organisation, actor=people["moderator"])
    services.acknowledge_code_of_conduct(organisation=organisation, actor=people["lezer"])
    status = selectors.acknowledgement_status(organisation)
    assert {p for p, _ in status.acknowledged} == {people["moderator"], people["lezer"]}
    assert set(status.pending) == set(people.values()) - {people["moderator"], people["lezer"]}
    assert status.total == len(people)


def test_acknowledging_twice_is_recorded_once(organisation, people, published):
    first = services.acknowledge_code_of_conduct(
        organisation=organisation, actor=people["redacteur"]
    )
    again = services.acknowledge_code_of_conduct(
        organisation=organisation, actor=people["redacteur"]
    )
    assert first == again
    assert AuditEvent.objects.filter(action="policy.code_acknowledged").count() == 1


def test_a_new_version_with_the_same_code_keeps_the_acknowledgements(
    organisation, people, published, approve_kwargs
):
    services.acknowledge_code_of_conduct(organisation=organisation, actor=people["moderator"])
    _publish_new_version(people, published, approve_kwargs, change_code=False)
    assert selectors.has_acknowledged(people["moderator"], organisation)


def test_a_changed_code_must_be_acknowledged_again(organisation, people, published, approve_kwargs):
    services.acknowledge_code_of_conduct(organisation=organisation, actor=people["moderator"])
    _publish_new_version(people, published, approve_kwargs, change_code=True)
    assert not selectors.has_acknowledged(people["moderator"], organisation)
    assert people["moderator"] in selectors.acknowledgement_status(organisation).pending


def test_people_of_another_organisation_are_not_counted(organisation, people, published):
    from tests.factories.accounts import OrganisationFactory

    outsider = UserFactory()
    grant(outsider, OrganisationFactory(), "moderator")
    status = selectors.acknowledgement_status(organisation)
    assert outsider not in status.pending


def _publish_new_version(people, published, approve_kwargs, *, change_code):
    draft = services.start_new_draft_from(version=published, actor=people["beheerder"])
    if change_code:
        document = with_code_introduction(draft.document, "Een nieuwe inleiding op de code.")
        services.update_draft(version=draft, actor=people["beheerder"], document=document)
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    services.approve(version=draft, actor=people["bestuur"], **approve_kwargs)
    return services.publish(version=draft, actor=people["beheerder"])


def test_the_acknowledgement_page_records_the_click(client, organisation, people, published):
    client.force_login(people["antwoorder"])
    page = client.get("/app/testegem/beleid/gedragscode/")
    assert page.status_code == 200
    assert 'hx-post="/app/testegem/beleid/gedragscode/"' in page.content.decode()
    response = client.post("/app/testegem/beleid/gedragscode/", follow=True)
    assert response.status_code == 200
    assert selectors.has_acknowledged(people["antwoorder"], organisation)
    assert 'hx-post="/app/testegem/beleid/gedragscode/"' not in response.content.decode()


def test_the_acknowledgements_page_lists_who_has_not(client, organisation, people, published):
    services.acknowledge_code_of_conduct(organisation=organisation, actor=people["moderator"])
    client.force_login(people["beheerder"])
    html = client.get("/app/testegem/beleid/gedragscode/bevestigingen/").content.decode()
    pending = html.split('id="pending"')[1].split("</table>")[0]
    done = html.split('id="acknowledged"')[1].split("</table>")[0]
    assert people["redacteur"].username in pending
    assert str(people["moderator"]) in done
    assert people["moderator"].username not in pending


def test_sending_from_the_page_reports_who_has_no_address(client, organisation, people, published):
    silent = UserFactory(email="", username="zonder-mail")
    grant(silent, organisation, "lezer")
    client.force_login(people["beheerder"])
    response = client.post("/app/testegem/beleid/gedragscode/versturen/", follow=True)
    assert response.status_code == 200
    assert "zonder-mail" in response.content.decode()
    assert len(mail.outbox) == len(people)
