from django.urls import path

from vendorpact.suppliers import views

urlpatterns = [
    path("suppliers/", views.supplier_list, name="supplier_list"),
    path("suppliers/new/", views.supplier_create, name="supplier_create"),
    path("suppliers/<int:pk>/", views.supplier_detail, name="supplier_detail"),
    path("suppliers/<int:pk>/edit/", views.supplier_edit, name="supplier_edit"),
    path("suppliers/<int:pk>/delete/", views.supplier_delete, name="supplier_delete"),
    path("suppliers/<int:pk>/contacts/", views.contact_add, name="contact_add"),
    path("contacts/<int:pk>/delete/", views.contact_delete, name="contact_delete"),
]
