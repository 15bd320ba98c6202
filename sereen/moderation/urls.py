from django.urls import path

from sereen.moderation import views

app_name = "moderation"

urlpatterns = [
    path("bezwaren/", views.appeal_list, name="appeal_list"),
    path("bezwaren/<int:pk>/", views.appeal_detail, name="appeal_detail"),
    path("beslissingen/<int:decision_id>/bezwaar/", views.appeal_new, name="appeal_new"),
    path("auteurs/<int:pk>/", views.author_detail, name="author_detail"),
    path("blokkeringen/", views.block_list, name="block_list"),
    path("blokkeringen/<int:pk>/", views.block_action, name="block_action"),
    path("crisis/", views.crisis, name="crisis"),
    path("importeren/", views.import_comments, name="import"),
]
