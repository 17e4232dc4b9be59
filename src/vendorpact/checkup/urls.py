from django.urls import path

from vendorpact.checkup import views

urlpatterns = [
    path("checkups/", views.checkup_list, name="checkup_list"),
    path("checkups/run/", views.checkup_run, name="checkup_run"),
    path("checkups/<int:pk>/", views.checkup_detail, name="checkup_detail"),
    path("checkups/<int:pk>/pdf/", views.checkup_pdf, name="checkup_pdf"),
]
