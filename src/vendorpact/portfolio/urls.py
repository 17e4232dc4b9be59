from django.urls import path

from vendorpact.portfolio import views

urlpatterns = [
    path("portfolio/", views.portfolio_page, name="portfolio"),
    path("portfolio/suppliers/", views.supplier_list, name="portfolio_suppliers"),
    path("portfolio/suppliers/<str:vat>/", views.supplier_detail, name="portfolio_supplier"),
]
