"""The tenant guard: inside a request or task, a query on a tenant-owned model must constrain
the organisation (directly, through a join, or through a tenant-owned parent)."""

from __future__ import annotations

import logging

import pytest
from django.apps import apps
from django.conf import settings as django_settings
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpResponse
from django.test import RequestFactory

from vendorpact.common.tenancy import (
    TenantGuardError,
    TenantGuardMiddleware,
    TenantManager,
    guarded,
    is_tenant_model,
    tenant_guarded,
    unguarded,
)
from vendorpact.engagements.models import ChecklistEntry, Engagement
from vendorpact.orgs.models import Membership, Organisation
from vendorpact.suppliers.models import Contact, Supplier


@pytest.fixture
def guard():
    with guarded("test", mode="raise"):
        yield


def test_a_query_by_pk_alone_raises_and_names_the_model(guard, supplier_a):
    with pytest.raises(TenantGuardError, match=r"suppliers\.Supplier\.fetch\(\)"):
        Supplier.objects.get(pk=supplier_a.pk)


@pytest.mark.parametrize(
    "constraint",
    ["organisation", "organisation_id", "organisation__in", "organisation__slug"],
)
def test_a_query_constrained_by_the_organisation_passes(guard, tenancy, supplier_a, constraint):
    org = tenancy.org_a
    value = {
        "organisation": org,
        "organisation_id": org.pk,
        "organisation__in": [org],
        "organisation__slug": org.slug,
    }[constraint]
    assert Supplier.objects.get(pk=supplier_a.pk, **{constraint: value}) == supplier_a


def test_a_related_manager_passes(guard, engagement_a):
    assert [e.item_id for e in engagement_a.checklist_entries.all()] == ["budget.project_cost"]


def test_a_join_to_the_parent_organisation_passes(guard, tenancy, engagement_a):
    entries = ChecklistEntry.objects.filter(engagement__organisation=tenancy.org_a)
    assert entries.count() == 1


def test_a_tenant_owned_parent_passes(guard, engagement_a):
    assert ChecklistEntry.objects.filter(engagement=engagement_a).exists()


@pytest.mark.parametrize(
    "operation",
    ["count", "exists", "update", "delete", "aggregate", "values", "iterator", "in_bulk"],
)
def test_unconstrained_operations_raise(guard, supplier_a, operation):
    queryset = Supplier.objects.filter(name="Pixelwerf BV")
    run = {
        "count": queryset.count,
        "exists": queryset.exists,
        "update": lambda: queryset.update(city="Brugge"),
        "delete": queryset.delete,
        "aggregate": lambda: queryset.aggregate(n=Count("pk")),
        "values": lambda: list(queryset.values("name")),
        "iterator": lambda: list(queryset.iterator()),
        "in_bulk": lambda: Supplier.objects.in_bulk([supplier_a.pk]),
    }[operation]
    with pytest.raises(TenantGuardError):
        run()


def test_constrained_update_and_delete_pass(guard, tenancy, supplier_a):
    mine = Contact.objects.filter(organisation=tenancy.org_a)
    assert mine.update(role="zaakvoerder") == 1
    assert mine.delete()[0] == 1


def test_an_or_with_one_unconstrained_branch_raises(guard, tenancy, supplier_a):
    either = Q(organisation=tenancy.org_a) | Q(name="Pixelwerf BV")
    with pytest.raises(TenantGuardError):
        list(Supplier.objects.filter(either))


def test_an_or_of_constrained_branches_passes(guard, tenancy, supplier_a):
    either = Q(organisation=tenancy.org_a) | Q(organisation=tenancy.org_b)
    assert list(Supplier.objects.filter(either)) == [supplier_a]


def test_an_excluded_organisation_is_no_constraint(guard, tenancy, supplier_a):
    with pytest.raises(TenantGuardError):
        list(Supplier.objects.exclude(organisation=tenancy.org_b))


def test_a_q_object_and_ed_with_the_organisation_passes(guard, tenancy, supplier_a):
    both = Q(organisation=tenancy.org_a) & Q(name__icontains="pixel")
    assert list(Supplier.objects.filter(both)) == [supplier_a]


def test_prefetch_related_passes(guard, tenancy, engagement_a):
    (engagement,) = Engagement.objects.filter(organisation=tenancy.org_a).prefetch_related(
        "checklist_entries"
    )
    assert len(engagement.checklist_entries.all()) == 1


def test_select_related_is_checked_on_the_main_model(guard, tenancy, engagement_a):
    entry = ChecklistEntry.objects.select_related("engagement").get(organisation=tenancy.org_a)
    assert entry.engagement == engagement_a
    with pytest.raises(TenantGuardError):
        ChecklistEntry.objects.select_related("engagement").get(pk=entry.pk)


def test_a_subquery_counts_with_its_outer_query(guard, tenancy, engagement_a):
    has_work = Exists(Engagement.objects.filter(supplier=OuterRef("pk")))
    (supplier,) = Supplier.objects.filter(organisation=tenancy.org_a).annotate(busy=has_work)
    assert supplier.busy is True
    with pytest.raises(TenantGuardError):
        list(Supplier.objects.annotate(busy=has_work).filter(busy=True))


def test_values_with_the_organisation_passes(guard, tenancy, supplier_a):
    names = Supplier.objects.filter(organisation=tenancy.org_a).values_list("name", flat=True)
    assert list(names) == ["Pixelwerf BV"]


def test_forward_relations_and_cascades_use_the_base_manager(guard, tenancy, engagement_a):
    entry = engagement_a.checklist_entries.get()
    assert entry.engagement.supplier.name == "Pixelwerf BV"
    engagement_a.delete()  # the collector finds the checklist entries without the guard
    assert not ChecklistEntry.objects.filter(organisation=tenancy.org_a).exists()


def test_the_unguarded_block_lets_a_query_through(guard, supplier_a):
    with unguarded("test: a deliberate cross-organisation read"):
        assert Supplier.objects.get(pk=supplier_a.pk) == supplier_a
    with pytest.raises(TenantGuardError):
        Supplier.objects.get(pk=supplier_a.pk)


def test_an_unguarded_queryset_lets_its_query_through(guard, supplier_a):
    everything = Supplier.objects.unguarded("test: a deliberate cross-organisation read")
    assert everything.filter(city="Gent").get() == supplier_a


def test_an_escape_needs_a_reason(supplier_a):
    with pytest.raises(ValueError):
        Supplier.objects.unguarded(" ")
    with pytest.raises(ValueError), unguarded(""):
        pass


def test_no_guard_outside_requests_and_tasks(supplier_a):
    assert Supplier.objects.get(pk=supplier_a.pk) == supplier_a


def test_log_mode_logs_the_model_and_returns_the_rows(supplier_a, caplog):
    with guarded("/o/bakkerij-peeters/suppliers/", mode="log"):
        assert Supplier.objects.get(pk=supplier_a.pk) == supplier_a
    (record,) = [r for r in caplog.records if r.name == "vendorpact.tenancy"]
    assert record.levelno == logging.ERROR
    assert (record.model, record.path) == ("suppliers.Supplier", "/o/bakkerij-peeters/suppliers/")


def test_off_mode_checks_nothing(supplier_a):
    with guarded("test", mode="off"):
        assert Supplier.objects.get(pk=supplier_a.pk) == supplier_a


def test_every_model_with_an_organisation_uses_the_tenant_manager():
    tenant_models = [model for model in apps.get_models() if is_tenant_model(model)]
    assert Membership in tenant_models and Supplier in tenant_models
    assert Organisation not in tenant_models
    unguarded_models = [
        model._meta.label
        for model in tenant_models
        if not isinstance(model._default_manager, TenantManager)
    ]
    assert unguarded_models == []


def _bad_view(pk):
    def view(request):
        return HttpResponse(Supplier.objects.get(pk=pk).name)

    return view


def test_the_middleware_raises_for_a_view_without_an_organisation(settings, supplier_a):
    settings.VENDORPACT_TENANT_GUARD = "raise"
    middleware = TenantGuardMiddleware(_bad_view(supplier_a.pk))
    with pytest.raises(TenantGuardError, match="/o/bakkerij-peeters/suppliers/"):
        middleware(RequestFactory().get("/o/bakkerij-peeters/suppliers/"))


def test_the_middleware_only_logs_in_log_mode(settings, supplier_a, caplog):
    settings.VENDORPACT_TENANT_GUARD = "log"
    middleware = TenantGuardMiddleware(_bad_view(supplier_a.pk))
    response = middleware(RequestFactory().get("/o/bakkerij-peeters/suppliers/"))
    assert response.content == b"Pixelwerf BV"
    assert [r.model for r in caplog.records if r.name == "vendorpact.tenancy"] == [
        "suppliers.Supplier"
    ]


def test_the_guard_ends_with_the_request(settings, supplier_a):
    settings.VENDORPACT_TENANT_GUARD = "raise"
    TenantGuardMiddleware(lambda request: HttpResponse("ok"))(RequestFactory().get("/"))
    assert Supplier.objects.get(pk=supplier_a.pk) == supplier_a


def test_a_guarded_task_body_raises(settings, supplier_a):
    settings.VENDORPACT_TENANT_GUARD = "raise"

    @tenant_guarded
    def rename(supplier_id):
        Supplier.objects.filter(pk=supplier_id).update(name="Andere naam")

    with pytest.raises(TenantGuardError, match="task"):
        rename(supplier_a.pk)


def test_the_middleware_runs_after_authentication():
    middleware = django_settings.MIDDLEWARE
    guard_at = middleware.index("vendorpact.common.tenancy.TenantGuardMiddleware")
    assert guard_at > middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware")


def test_a_union_passes_only_when_every_part_is_constrained(guard, tenancy, supplier_a):
    mine = Supplier.objects.filter(organisation=tenancy.org_a).order_by()
    theirs = Supplier.objects.filter(organisation=tenancy.org_b).order_by()
    assert list(mine.union(theirs)) == [supplier_a]
    with pytest.raises(TenantGuardError):
        list(mine.union(Supplier.objects.filter(city="Gent").order_by()))
