"""Takes over contextsheet, contextsystem, contextsharelink, supplierrequest, requestattachment, sentmail from the former `relations` app.

State only: the tables (`relations_*`, kept through Meta.db_table) and their rows stay as they are;
the content types are relabelled so that the audit trail and the permissions follow the models.
"""
import django.db.models.deletion
import vendorpact.supplier_requests.models
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
        ('suppliers', '0003_merge_20261204_1152'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ContextShareLink',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('label', models.CharField(max_length=200, verbose_name='shared with')),
                        ('token_hash', models.CharField(max_length=64, unique=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('revoked_at', models.DateTimeField(blank=True, null=True)),
                        ('last_viewed_at', models.DateTimeField(blank=True, null=True)),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                        ('supplier', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='suppliers.supplier')),
                    ],
                    options={
                        'db_table': 'relations_contextsharelink',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='ContextSheet',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('who_we_are', models.TextField(blank=True, verbose_name='who we are and what we do')),
                        ('key_processes', models.TextField(blank=True, verbose_name='key processes')),
                        ('contacts', models.TextField(blank=True, verbose_name='contacts')),
                        ('hours', models.TextField(blank=True, verbose_name='opening and support hours')),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('organisation', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='context_sheet', to='orgs.organisation')),
                        ('updated_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'relations_contextsheet',
                    },
                ),
                migrations.CreateModel(
                    name='ContextSystem',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='system or software')),
                        ('version', models.CharField(blank=True, max_length=60, verbose_name='version')),
                        ('supported_by', models.CharField(blank=True, max_length=200, verbose_name='supported by')),
                        ('notes', models.CharField(blank=True, max_length=300, verbose_name='notes')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_contextsystem',
                        'ordering': ['name', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='SupplierRequest',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('incident', 'Incident'), ('question', 'Question'), ('change', 'Change request')], default='incident', max_length=10, verbose_name='kind')),
                        ('subject', models.CharField(blank=True, max_length=200, verbose_name='subject')),
                        ('what_happened', models.TextField(blank=True, verbose_name='what happened')),
                        ('system', models.CharField(blank=True, max_length=200, verbose_name='system or application')),
                        ('environment', models.CharField(blank=True, max_length=100, verbose_name='environment')),
                        ('url', models.CharField(blank=True, max_length=500, verbose_name='URL or screen')),
                        ('since_when', models.CharField(blank=True, max_length=200, verbose_name='since when')),
                        ('frequency', models.CharField(blank=True, choices=[('once', 'Once'), ('intermittent', 'Now and then'), ('always', 'Always')], max_length=12, verbose_name='how often')),
                        ('business_impact', models.TextField(blank=True, verbose_name='what it means for the business')),
                        ('impact', models.CharField(blank=True, choices=[('blocking', 'Blocking: work has stopped'), ('major', 'Major: a key process or many users hampered'), ('minor', 'Minor: a few users, a workaround exists'), ('cosmetic', 'Cosmetic')], max_length=10, verbose_name='impact')),
                        ('urgency', models.CharField(blank=True, choices=[('immediate', 'Immediately'), ('today', 'Today'), ('this_week', 'This week'), ('later', 'Later')], max_length=10, verbose_name='urgency')),
                        ('steps_to_reproduce', models.TextField(blank=True, verbose_name='steps to reproduce')),
                        ('expected_result', models.TextField(blank=True, verbose_name='expected result')),
                        ('actual_result', models.TextField(blank=True, verbose_name='actual result')),
                        ('already_tried', models.TextField(blank=True, verbose_name='already tried')),
                        ('contact_person', models.CharField(blank=True, max_length=200, verbose_name='contact person')),
                        ('contact_details', models.CharField(blank=True, max_length=200, verbose_name='phone or e-mail')),
                        ('contact_availability', models.CharField(blank=True, max_length=200, verbose_name='availability')),
                        ('attachments', models.TextField(blank=True, verbose_name='attachments (one per line)')),
                        ('context_sheet_url', models.CharField(blank=True, max_length=300, verbose_name='context sheet link')),
                        ('reference', models.CharField(blank=True, max_length=100, verbose_name='contract or ticket reference')),
                        ('language', models.CharField(choices=[('nl', 'Dutch'), ('en', 'English')], default='nl', max_length=2, verbose_name='language of the message')),
                        ('priority_code', models.CharField(blank=True, max_length=10, verbose_name='priority')),
                        ('status', models.CharField(choices=[('draft', 'Not sent yet'), ('sent', 'Sent'), ('answered', 'Answered'), ('closed', 'Closed')], default='draft', max_length=10, verbose_name='status')),
                        ('replied_on', models.DateField(blank=True, null=True, verbose_name='reply date')),
                        ('score', models.PositiveSmallIntegerField(verbose_name='score')),
                        ('finding_codes', models.JSONField(default=list)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('engagement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='supplier_requests', to='engagements.engagement')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                    ],
                    options={
                        'db_table': 'relations_supplierrequest',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='SentMail',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('what', models.CharField(choices=[('request', 'Request'), ('health_link', 'Health-check link'), ('context_link', 'Context-sheet link')], max_length=16, verbose_name='what was sent')),
                        ('to_name', models.CharField(max_length=200, verbose_name='to')),
                        ('to_email', models.EmailField(max_length=254, verbose_name='e-mail')),
                        ('reply_to', models.EmailField(blank=True, max_length=254, verbose_name='reply-to e-mail')),
                        ('subject', models.CharField(max_length=300, verbose_name='subject')),
                        ('body', models.TextField(verbose_name='text')),
                        ('sent_at', models.DateTimeField(verbose_name='sent at')),
                        ('engagement', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sent_mails', to='engagements.engagement')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                        ('sent_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('supplier_request', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='mails', to='supplier_requests.supplierrequest')),
                    ],
                    options={
                        'db_table': 'relations_sentmail',
                        'ordering': ['-sent_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='RequestAttachment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('file', models.FileField(max_length=255, upload_to=vendorpact.supplier_requests.models.attachment_path)),
                        ('original_name', models.CharField(max_length=255, verbose_name='file name')),
                        ('size', models.PositiveBigIntegerField(verbose_name='size')),
                        ('sha256', models.CharField(max_length=64)),
                        ('content_type', models.CharField(max_length=100)),
                        ('uploaded_at', models.DateTimeField(auto_now_add=True)),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='orgs.organisation')),
                        ('uploaded_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('supplier_request', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='attachment_files', to='supplier_requests.supplierrequest')),
                    ],
                    options={
                        'db_table': 'relations_requestattachment',
                        'ordering': ['uploaded_at', 'pk'],
                    },
                ),
            ],
            database_operations=[],
        ),
        relabel_content_types('relations', 'supplier_requests', ('contextsheet', 'contextsystem', 'contextsharelink', 'supplierrequest', 'requestattachment', 'sentmail')),
    ]
