from django.urls import path

from vendorpact.planning import team_views, views

urlpatterns = [
    path("engagements/<int:pk>/planning/", views.planning_overview, name="planning_overview"),
    path("engagements/<int:pk>/timeline/", views.engagement_timeline, name="engagement_timeline"),
    path("engagements/<int:pk>/milestones/new/", views.milestone_create, name="milestone_create"),
    path("milestones/<int:pk>/edit/", views.milestone_edit, name="milestone_edit"),
    path("milestones/<int:pk>/slip/", views.milestone_slip, name="milestone_slip"),
    path("milestones/<int:pk>/done/", views.milestone_done, name="milestone_done"),
    path("milestones/<int:pk>/delete/", views.milestone_delete, name="milestone_delete"),
    path("engagements/<int:pk>/team/", team_views.team, name="team"),
    path(
        "engagements/<int:pk>/team/new/",
        team_views.team_member_create,
        name="team_member_create",
    ),
    path("team-members/<int:pk>/edit/", team_views.team_member_edit, name="team_member_edit"),
    path("team-members/<int:pk>/swap/", team_views.team_member_swap, name="team_member_swap"),
    path("team-members/<int:pk>/delete/", team_views.team_member_delete, name="team_member_delete"),
    path("engagements/<int:pk>/meetings/", team_views.meeting_list, name="meeting_list"),
    path("engagements/<int:pk>/meetings/new/", team_views.meeting_create, name="meeting_create"),
    path("meetings/<int:pk>/", team_views.meeting_detail, name="meeting_detail"),
    path("meetings/<int:pk>/edit/", team_views.meeting_edit, name="meeting_edit"),
    path(
        "meetings/<int:pk>/action-items/",
        team_views.meeting_action_add,
        name="meeting_action_add",
    ),
    path("meetings/<int:pk>/report/", team_views.meeting_report, name="meeting_report"),
    path("meetings/<int:pk>/delete/", team_views.meeting_delete, name="meeting_delete"),
]
