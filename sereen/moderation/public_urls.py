from django.urls import path

from sereen.moderation import public_views

app_name = "moderation_public"

urlpatterns = [
    path("", public_views.appeal, name="appeal"),
    path("ontvangen/<str:reference>/", public_views.appeal_received, name="appeal_received"),
    path("reden/<str:reference>/", public_views.statement, name="statement"),
]
