from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from vendorpact.common.tenancy import TenantManager, TenantQuerySet
from vendorpact.orgs.models import Country, Organisation


class SupplierQuerySet(TenantQuerySet):
    def for_user(self, user, org):
        return self.filter(organisation=org, organisation__memberships__user=user)

    def search(self, text: str):
        if not text:
            return self
        return self.filter(
            Q(name__icontains=text) | Q(vat_number__icontains=text) | Q(city__icontains=text)
        )

    def with_engagement_counts(self):
        return self.annotate(engagement_count=Count("engagements", distinct=True))


class Supplier(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="suppliers"
    )
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices, default="BE")
    vat_number = models.CharField(_("VAT / enterprise number"), max_length=20, blank=True)
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Incremented by every save through the services; a save that names the version it started
    # from is refused when the row moved on meanwhile (web.versioning).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = SupplierQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("supplier")
        indexes = [models.Index(fields=["organisation", "name"], name="supplier_org_name")]

    def __str__(self) -> str:
        return self.name

    @property
    def address(self) -> str:
        city = " ".join(part for part in (self.postal_code, self.city) if part)
        return ", ".join(part for part in (self.street, city) if part)


class Contact(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    supplier = models.ForeignKey(Supplier, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    objects = TenantManager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
