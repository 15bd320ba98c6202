from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from sereen.accounts.models import Membership, Organisation, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0


@admin.register(User)
class SereenUserAdmin(UserAdmin):
    inlines = [MembershipInline]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "parent"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]
