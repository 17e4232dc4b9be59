from django.urls import path

from vendorpact.engagements import views

urlpatterns = [
    path("engagements/", views.engagement_list, name="engagement_list"),
    path("engagements/new/", views.engagement_create, name="engagement_create"),
    path("engagements/<int:pk>/", views.engagement_detail, name="engagement_detail"),
    path("engagements/<int:pk>/edit/", views.engagement_edit, name="engagement_edit"),
    path("engagements/<int:pk>/delete/", views.engagement_delete, name="engagement_delete"),
    path("engagements/<int:pk>/checklist/", views.checklist, name="engagement_checklist"),
    path(
        "engagements/<int:pk>/checklist/<str:item_id>/",
        views.checklist_item,
        name="engagement_checklist_item",
    ),
    path("documents/<int:pk>/", views.document_download, name="document_download"),
    path("documents/<int:pk>/delete/", views.document_delete, name="document_delete"),
]
