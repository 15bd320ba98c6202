"""Form errors and help texts are tied to their fields (WCAG 3.3.1): the ids the templates give
them are the ones Django names in the field's aria-describedby."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def described_ids(html: str, field_id: str) -> list[str]:
    tag = re.search(rf'<[^>]*\bid="{field_id}"[^>]*>', html)
    assert tag, field_id
    found = re.search(r'aria-describedby="([^"]+)"', tag.group(0))
    return found.group(1).split() if found else []


def test_public_appeal_form_links_errors_and_help_to_fields(client, organisation):
    response = client.post(
        f"/{organisation.slug}/bezwaar/", {"reference": "", "text": "", "contact_email": "x"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    for field in ("id_reference", "id_text", "id_contact_email"):
        ids = described_ids(html, field)
        assert f"{field}_error" in ids
        for described in ids:
            assert f'id="{described}"' in html, described
    assert 'aria-invalid="true"' in html


def test_channel_form_links_errors_to_fields(client, member):
    client.force_login(member("beheerder"))
    response = client.post("/app/testegem/kanalen/", {"platform": "myspace", "name": ""})
    assert response.status_code == 400
    html = response.content.decode()
    for field in ("id_platform", "id_name"):
        for described in described_ids(html, field):
            assert f'id="{described}"' in html, described
        assert f'id="{field}_error"' in html
