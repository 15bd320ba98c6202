from django.urls import path

from sereen.policy import views

app_name = "policy"

#: The address of each part of a draft that has its own form page (see ``forms.EDITORS``).
SECTION_SLUGS = {
    "gedragscode": "code_of_conduct",
    "doelgroepen": "target_groups",
    "verkeerslicht": "content_categories",
    "platformen": "platforms",
    "rollen": "roles",
    "kantooruren": "office_hours",
    "sanctieladders": "ladders",
    "menselijke-beslissing": "human_decision",
    "crisis": "crisis",
}

urlpatterns = [
    path("", views.index, name="index"),
    path("versies/", views.versions, name="versions"),
    path("vergelijken/", views.compare, name="compare"),
    path("nieuw/", views.new_draft, name="new_draft"),
    path("importeren/", views.import_policy, name="import"),
    path("gedragscode/", views.code, name="code"),
    path("gedragscode/versturen/", views.send_code, name="send_code"),
    path("gedragscode/bevestigingen/", views.acknowledgements, name="acknowledgements"),
    path("versie/<int:number>/", views.version, name="version"),
    path("versie/<int:number>/bewerken/", views.edit, name="edit"),
    path("versie/<int:number>/bewerken/huisregel/", views.edit_rule, name="edit_rule_new"),
    path("versie/<int:number>/bewerken/huisregel/<str:code>/", views.edit_rule, name="edit_rule"),
    path("versie/<int:number>/bewerken/drempels/", views.edit_targets, name="edit_targets"),
    path("versie/<int:number>/bewerken/yaml/", views.edit_yaml, name="edit_yaml"),
    *(
        path(
            f"versie/<int:number>/bewerken/{slug}/",
            views.edit_section,
            {"section": section},
            name=f"edit_{section}",
        )
        for slug, section in SECTION_SLUGS.items()
    ),
    path("versie/<int:number>/weggooien/", views.discard, name="discard"),
    path("versie/<int:number>/indienen/", views.submit, name="submit"),
    path("versie/<int:number>/goedkeuren/", views.approve, name="approve"),
    path("versie/<int:number>/publiceren/", views.publish, name="publish"),
    path("versie/<int:number>/export/", views.export, name="export"),
]
