from django.urls import path

from sereen.api import views

app_name = "api"

urlpatterns = [
    path("channels/<int:channel_id>/comments", views.channel_comments, name="channel_comments"),
    path("openapi.json", views.openapi_json, name="openapi"),
    path("docs", views.docs, name="docs"),
]
