from django.urls import path

from sereen.policy import public_views

app_name = "policy_public"

urlpatterns = [
    path("", public_views.house_rules, name="index"),
    path("volledig/", public_views.full_policy, name="full"),
    path("versie/<int:number>/", public_views.house_rules_version, name="version"),
    path("versie/<int:number>/volledig/", public_views.full_policy, name="version_full"),
]
