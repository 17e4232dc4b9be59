"""The audit trail in the isolation matrix: an entry of org A (a deleted contact) is out of reach
for outsiders, through org A's URLs and through their own."""

from auditlog.models import LogEntry

from vendorpact.suppliers.models import Contact


def deleted_contact_entry(tenancy, engagement):
    contact = Contact.objects.create(
        organisation=tenancy.org_a, supplier=engagement.supplier, name="Jan Verbeke"
    )
    contact_pk = contact.pk
    contact.delete()
    entry = LogEntry.objects.get(action=LogEntry.Action.DELETE, object_pk=str(contact_pk))
    return entry.pk


FACTORIES = {"audit": deleted_contact_entry}
SNAPSHOT_MODELS = [Contact]
