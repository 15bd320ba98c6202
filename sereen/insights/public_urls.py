from django.urls import path

from sereen.insights import public_views

app_name = "insights_public"

urlpatterns = [
    path("", public_views.report_index, name="index"),
    path("<int:year>/", public_views.year_report, name="year"),
    path("<int:year>/<int:month>/", public_views.month_report, name="month"),
]
