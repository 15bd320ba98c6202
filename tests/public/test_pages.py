"""Public pages and error pages, in plain Dutch."""

from __future__ import annotations

from django.test import override_settings
from django.urls import path

import pytest

pytestmark = pytest.mark.django_db


def test_front_page_lists_organisations_in_dutch(client, organisation):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl-be">' in html
    assert "Gemeente Testegem" in html
    assert "Aanmelden als medewerker" in html


def test_organisation_page_links_to_house_rules_transparency_and_appeals(client, organisation):
    html = client.get("/testegem/").content.decode()
    for address in ("/testegem/huisregels/", "/testegem/transparantie/", "/testegem/bezwaar/"):
        assert f'href="{address}' in html


def test_404_is_in_plain_dutch(client):
    response = client.get("/deze-gemeente-bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Deze pagina bestaat niet" in html
    assert "Terug naar de startpagina" in html


def test_403_is_in_plain_dutch(client, member, organisation):
    client.force_login(member("lezer", org=None))
    from tests.factories.accounts import OrganisationFactory

    other = OrganisationFactory(slug="anders")
    response = client.get(f"/app/{other.slug}/")
    assert response.status_code == 403
    assert "Vraag het aan een beheerder" in response.content.decode()


def _broken(request):
    raise RuntimeError("kapot")


urlpatterns = [path("kapot/", _broken)]
handler500 = "sereen.public.views.server_error"


@override_settings(ROOT_URLCONF=__name__, DEBUG=False)
def test_500_is_in_plain_dutch(client):
    client.raise_request_exception = False
    response = client.get("/kapot/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="nl-BE">' in html
    assert "Er ging iets mis" in html
    assert "Probeer het over enkele minuten opnieuw" in html


def test_login_errors_are_dutch_and_linked_to_the_fields(client):
    response = client.post("/account/inloggen/", {"username": "", "password": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_username-error"' in html
    assert 'id="id_username-error"' in html
    assert "Dit veld is verplicht." in html


def test_wrong_password_is_explained_in_dutch(client, member):
    user = member("moderator")
    response = client.post("/account/inloggen/", {"username": user.username, "password": "fout"})
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "gebruikersnaam en wachtwoord" in html.lower()
