from django.contrib import admin

from sereen.connectors.models import Channel, ChannelToken


class ChannelTokenInline(admin.TabularInline):
    model = ChannelToken
    fields = ["name", "prefix", "created_by", "created_at", "last_used_at", "revoked_at"]
    readonly_fields = ["prefix", "created_by", "created_at", "last_used_at"]
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):  # tokens are issued by the service only
        return False


@admin.register(Channel)
class ChannelAdmin(admin.ModelAdmin):
    list_display = ["name", "platform", "organisation", "handle", "adapter", "is_active"]
    list_filter = ["platform", "is_active", "organisation"]
    search_fields = ["name", "handle", "external_id"]
    inlines = [ChannelTokenInline]
