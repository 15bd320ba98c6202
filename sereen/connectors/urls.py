from django.urls import path

from sereen.connectors import views

app_name = "connectors"

urlpatterns = [
    path("", views.channel_list, name="channel_list"),
    path("<int:pk>/bewerken/", views.channel_edit, name="channel_edit"),
    path("<int:pk>/token/", views.issue_token, name="issue_token"),
    path("<int:pk>/token/<int:token_pk>/intrekken/", views.revoke_token, name="revoke_token"),
]
