"""Takes over healthcheck, healthlink, healthresponse from the former `relations` app.

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
                    name='HealthCheck',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('period', models.CharField(max_length=20, verbose_name='period')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('engagement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='health_checks', to='engagements.engagement')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_healthcheck',
                        'ordering': ['period', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='HealthLink',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('token_hash', models.CharField(max_length=64, unique=True)),
                        ('sent_to', models.CharField(blank=True, max_length=200, verbose_name='sent to')),
                        ('expires_at', models.DateTimeField(verbose_name='expires')),
                        ('revoked_at', models.DateTimeField(blank=True, null=True)),
                        ('used_at', models.DateTimeField(blank=True, null=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('engagement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='engagements.engagement')),
                        ('health_check', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='links', to='health.healthcheck')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_healthlink',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='HealthResponse',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('side', models.CharField(choices=[('client', 'Client'), ('supplier', 'Supplier')], max_length=10)),
                        ('answers', models.JSONField(default=dict)),
                        ('respondent', models.CharField(blank=True, max_length=150, verbose_name='your name')),
                        ('comment', models.TextField(blank=True, verbose_name='comment')),
                        ('submitted_at', models.DateTimeField(auto_now_add=True)),
                        ('health_check', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='responses', to='health.healthcheck')),
                        ('link', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='health.healthlink')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_healthresponse',
                    },
                ),
                migrations.AddConstraint(
                    model_name='healthcheck',
                    constraint=models.UniqueConstraint(fields=('engagement', 'period'), name='one_health_check_per_period'),
                ),
                migrations.AddConstraint(
                    model_name='healthresponse',
                    constraint=models.UniqueConstraint(fields=('health_check', 'side'), name='one_response_per_side'),
                ),
            ],
            database_operations=[],
        ),
        relabel_content_types('relations', 'health', ('healthcheck', 'healthlink', 'healthresponse')),
    ]
