from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "vendorpact.audit"
    verbose_name = "Audit trail"

    def ready(self) -> None:
        from vendorpact.audit.registry import register_tenant_models

        # Models are registered once every app is loaded: the registry walks them all.
        register_tenant_models()
