"""Takes over relationsettings, concern, concernevent, exitplan, exittask from the former `relations` app.

State only: the tables (`relations_*`, kept through Meta.db_table) and their rows stay as they are;
the content types are relabelled so that the audit trail and the permissions follow the models.
"""
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from vendorpact.common.content_types import relabel_content_types


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('relations', '0005_move_models_to_new_apps'),
        ('engagements', '0004_merge_0002_list_indexes_0003_merge_20261204_1124'),
        ('orgs', '0005_invitation'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Concern',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='what')),
                        ('since', models.DateField(blank=True, null=True, verbose_name='since when')),
                        ('raised_on', models.DateField(verbose_name='raised on')),
                        ('impact', models.TextField(blank=True, verbose_name='impact')),
                        ('raised_with', models.CharField(blank=True, max_length=200, verbose_name='raised with')),
                        ('status', models.CharField(choices=[('raised', 'Raised'), ('in_consultation', 'In consultation'), ('resolved', 'Resolved'), ('escalated', 'Escalated'), ('exit_decided', 'Exit decided')], default='raised', max_length=16, verbose_name='status')),
                        ('level', models.PositiveSmallIntegerField(default=0, verbose_name='escalation level')),
                        ('last_action_on', models.DateField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('engagement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='concerns', to='engagements.engagement')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_concern',
                        'ordering': ['-raised_on', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ConcernEvent',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('on', models.DateField(verbose_name='date')),
                        ('status', models.CharField(choices=[('raised', 'Raised'), ('in_consultation', 'In consultation'), ('resolved', 'Resolved'), ('escalated', 'Escalated'), ('exit_decided', 'Exit decided')], max_length=16)),
                        ('level', models.PositiveSmallIntegerField(default=0)),
                        ('is_action', models.BooleanField(default=False)),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('by', models.CharField(blank=True, max_length=150)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('concern', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='concerns.concern')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_concernevent',
                        'ordering': ['on', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='ExitPlan',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('notice_deadline', models.DateField(blank=True, null=True)),
                        ('contract_end', models.DateField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('concern', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='concerns.concern')),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('engagement', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='exit_plan', to='engagements.engagement')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_exitplan',
                    },
                ),
                migrations.CreateModel(
                    name='ExitTask',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(max_length=60)),
                        ('checklist_item', models.CharField(blank=True, max_length=60)),
                        ('position', models.PositiveSmallIntegerField(default=0)),
                        ('due', models.DateField(blank=True, null=True, verbose_name='due')),
                        ('status', models.CharField(choices=[('todo', 'To do'), ('in_progress', 'In progress'), ('done', 'Done'), ('not_applicable', 'Not applicable')], default='todo', max_length=16, verbose_name='status')),
                        ('owner', models.CharField(blank=True, max_length=150, verbose_name='owner')),
                        ('note', models.TextField(blank=True, verbose_name='note')),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('engagement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='engagements.engagement')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                        ('plan', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='tasks', to='concerns.exitplan')),
                    ],
                    options={
                        'db_table': 'relations_exittask',
                        'ordering': ['position', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='RelationSettings',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('concern_ageing_days', models.PositiveIntegerField(default=14, verbose_name='days without action before a concern is flagged')),
                        ('organisation', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='relation_settings', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_relationsettings',
                    },
                ),
                migrations.AddIndex(
                    model_name='concern',
                    index=models.Index(fields=['organisation', 'status'], name='concern_org_status'),
                ),
            ],
            database_operations=[],
        ),
        relabel_content_types('relations', 'concerns', ('relationsettings', 'concern', 'concernevent', 'exitplan', 'exittask')),
    ]
