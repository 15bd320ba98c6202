from django.urls import path

from sereen.inbox import views

app_name = "inbox"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("volgende/", views.next_item, name="next"),
    path("bulk/", views.bulk, name="bulk"),
    path("crisis/", views.crisis, name="crisis"),
    path("audit/", views.audit_log, name="audit"),
    path("sjablonen/", views.template_list, name="templates"),
    path("sjablonen/<int:pk>/", views.template_edit, name="template_edit"),
    path("<int:pk>/", views.item_detail, name="item"),
    path("<int:pk>/beslissen/", views.decide, name="decide"),
    path("<int:pk>/escaleren/", views.escalate, name="escalate"),
    path("<int:pk>/opnemen/", views.claim, name="claim"),
    path("<int:pk>/toewijzen/", views.assign, name="assign"),
    path("<int:pk>/notitie/", views.add_note, name="note"),
    path("<int:pk>/antwoord/", views.reply_preview, name="reply_preview"),
    path(
        "<int:pk>/platform/<int:action_pk>/gedaan/",
        views.platform_action_done,
        name="platform_action_done",
    ),
]
