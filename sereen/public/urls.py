from django.urls import path

from sereen.public import views

app_name = "public"

urlpatterns = [
    path("", views.index, name="index"),
    path("app/<slug:org_slug>/", views.dashboard, name="dashboard"),
    path("<slug:org_slug>/", views.organisation_page, name="organisation"),
]
