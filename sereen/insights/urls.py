from django.urls import path

from sereen.insights import views

app_name = "insights"

urlpatterns = [
    path("", views.section, {"section": "participation"}, name="index"),
    path("deelname/", views.section, {"section": "participation"}, name="participation"),
    path("vijandigheid/", views.section, {"section": "hostility"}, name="hostility"),
    path("signalen/", views.section, {"section": "coordination"}, name="coordination"),
    path("prestaties/", views.section, {"section": "performance"}, name="performance"),
    path("export/<slug:table>.csv", views.export_csv, name="export"),
]
