import { SelectDiff as SelectDiff_ee59276807c696b30f331215db942b5e } from '../../../workflow/components/SelectDiff'
import { NotStatedCell as NotStatedCell_959bbcd44ad71226975e8f6e80dfc722 } from '../../../collections/Procedures/components/NotStatedCell'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowControls as WorkflowControls_bcf3443ce2c25c32378f3bbc874b8d63 } from '../../../workflow/components/WorkflowControls'
import { WorkflowPeople as WorkflowPeople_adc9c3524eb4a26408a049bc6565893d } from '../../../workflow/components/WorkflowPeople'
import { StateDiff as StateDiff_e6df077f5928f9d1a16c77e5466d02b4 } from '../../../workflow/components/StateDiff'
import { ShowRefusals as ShowRefusals_53430d7f4474778641ebfab1e13cfb64 } from '../../../workflow/components/ShowRefusals'
import { NoPublishButton as NoPublishButton_83111d29826e64cb94d4be37e73b6abc } from '../../../workflow/components/WorkflowAdmin'
import { WorkflowStatus as WorkflowStatus_83111d29826e64cb94d4be37e73b6abc } from '../../../workflow/components/WorkflowAdmin'
import { ChangesView as ChangesView_8d3b794df5024d4762a2887b138ee70e } from '../../../workflow/components/ChangesView'
import { VersionsView as VersionsView_8d3b794df5024d4762a2887b138ee70e } from '../../../workflow/components/ChangesView'
import { RestoreAsDraft as RestoreAsDraft_92dd97adc74ccc98f7c35b5e4ac9660a } from '../../../workflow/components/RestoreAsDraft'
import { LegalTimes as LegalTimes_4050d1ecad2c1fbc83b71416f0ffd670 } from '../../../collections/AppliedProcedures/components/LegalTimes'
import { CreateSynonym as CreateSynonym_3c14034f60050408e4b9ad2399d53413 } from '../../../collections/SearchMisses/components/CreateSynonym'
import { ReadRegister as ReadRegister_8a62a523ad4f1693b8b60ca95c1236de } from '../../../collections/ReadAcknowledgements/components/ReadRegister'
import { DocxDownload as DocxDownload_005f1019410ad846363fbca70294bc51 } from '../../../collections/QualityDocuments/components/DocxDownload'
import { ConfirmReadButton as ConfirmReadButton_4a3ed740cc4354c82adafbc92349b008 } from '../../../collections/ReadAcknowledgements/components/ConfirmRead'
import { NonconformityPeople as NonconformityPeople_3455a386fe90f3376d63efd9b21621f8 } from '../../../collections/CorrectiveActions/components/RecordPeople'
import { CloseNonconformity as CloseNonconformity_05745501a76e4a0cc94f1874115f45a0 } from '../../../collections/Nonconformities/components/CloseNonconformity'
import { OwnerField as OwnerField_2e089a16865494bf2ec21613f0a8aa50 } from '../../../collections/CorrectiveActions/components/OwnerField'
import { ActionPeople as ActionPeople_3455a386fe90f3376d63efd9b21621f8 } from '../../../collections/CorrectiveActions/components/RecordPeople'
import { ActionControls as ActionControls_6450c19bbdfd7a5a16fc838fb5e71d3f } from '../../../collections/CorrectiveActions/components/ActionControls'
import { PackDownload as PackDownload_82fa05658198bcc5cd34121a7090a191 } from '../../../collections/ManagementReviews/components/PackDownload'
import { AuditActions as AuditActions_3ba19a89fbfb8a69bd51d5373cc78d35 } from '../../../collections/InternalAudits/components/AuditActions'
import { MasterChanges as MasterChanges_a27b6e3a99f34bdc567f4d72741b0413 } from '../../../collections/ReviewTasks/components/MasterChanges'
import { Conflicts as Conflicts_a27b6e3a99f34bdc567f4d72741b0413 } from '../../../collections/ReviewTasks/components/MasterChanges'
import { ReviewSummary as ReviewSummary_cddea41733d958fa7e1f6c1c66f579dd } from '../../../collections/ReviewTasks/components/ReviewSummary'
import { TemplateDownload as TemplateDownload_2174c9248814cc330d9fdd10e77ff1c5 } from '../../../collections/Localities/components/TemplateDownload'
import { ResultsTemplateDownload as ResultsTemplateDownload_a0c6abb09008208b64bc4fd382e89a34 } from '../../../collections/ServiceResults/components/ResultsTemplateDownload'
import { DurationCell as DurationCell_52915a4dc4812fba3d829ccb719365ae } from '../../../components/Duration'
import { DurationField as DurationField_52915a4dc4812fba3d829ccb719365ae } from '../../../components/Duration'
import { RollbackButton as RollbackButton_f9f7c37ee856c515610c0e85530031d3 } from '../../../collections/Releases/components/RollbackButton'
import { PublishButton as PublishButton_cc4c1a864f108b5d2dd586a8a5ee22e8 } from '../../../collections/Releases/components/PublishButton'
import { ReleaseAsOf as ReleaseAsOf_0eecbb8e3563a754cc8da3e25372701d } from '../../../collections/Releases/components/ReleaseAsOf'
import { StartImport as StartImport_19a155f2a8d7b72b62b9ba952359a913 } from '../../../collections/ChangeSets/components/StartImport'
import { ChangeSetView as ChangeSetView_af4a6c2ee04c672bd5367c6e83dd5c6f } from '../../../collections/ChangeSets/components/ChangeSetView'
import { OpenNotificationButton as OpenNotificationButton_9d6e149da3f684c3f6f3f983cdc55516 } from '../../../collections/Notifications/components/OpenNotification'
import { BrandIcon as BrandIcon_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { BrandLogo as BrandLogo_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { NotificationBell as NotificationBell_aabd414765fe521979e9532d7efead2c } from '../../../collections/Notifications/components/NotificationBell'
import { DashboardHeading as DashboardHeading_3c396dc262762b5c573b0a2e974c1531 } from '../../../components/DashboardHeading'
import { WorkQueue as WorkQueue_ccf707f98f9ae0e36c7da56b9de09ac1 } from '../../../views/WorkQueue/WorkQueue'
import { PendingNotifications as PendingNotifications_f974199552618c7ee6b2a740103a9369 } from '../../../collections/Notifications/components/PendingNotifications'
import { Compliance as Compliance_938b19bf6e1210ebf638e06ad00360ac } from '../../../views/Compliance/Compliance'
import { QualityObjectives as QualityObjectives_5bbb503d83cc718a8fa8423d47e14295 } from '../../../views/QualityObjectives/QualityObjectives'
import { WorkQueueNavLink as WorkQueueNavLink_565bba09933e06d37f6168be96a1b5e3 } from '../../../views/WorkQueue/WorkQueueNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { WorkQueueView as WorkQueueView_3d6b4bfcb1306290967ff7d1a4d52d82 } from '../../../views/WorkQueue/WorkQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/workflow/components/SelectDiff#SelectDiff": SelectDiff_ee59276807c696b30f331215db942b5e,
  "/collections/Procedures/components/NotStatedCell#NotStatedCell": NotStatedCell_959bbcd44ad71226975e8f6e80dfc722,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/workflow/components/WorkflowControls#WorkflowControls": WorkflowControls_bcf3443ce2c25c32378f3bbc874b8d63,
  "/workflow/components/WorkflowPeople#WorkflowPeople": WorkflowPeople_adc9c3524eb4a26408a049bc6565893d,
  "/workflow/components/StateDiff#StateDiff": StateDiff_e6df077f5928f9d1a16c77e5466d02b4,
  "/workflow/components/ShowRefusals#ShowRefusals": ShowRefusals_53430d7f4474778641ebfab1e13cfb64,
  "/workflow/components/WorkflowAdmin#NoPublishButton": NoPublishButton_83111d29826e64cb94d4be37e73b6abc,
  "/workflow/components/WorkflowAdmin#WorkflowStatus": WorkflowStatus_83111d29826e64cb94d4be37e73b6abc,
  "/workflow/components/ChangesView#ChangesView": ChangesView_8d3b794df5024d4762a2887b138ee70e,
  "/workflow/components/ChangesView#VersionsView": VersionsView_8d3b794df5024d4762a2887b138ee70e,
  "/workflow/components/RestoreAsDraft#RestoreAsDraft": RestoreAsDraft_92dd97adc74ccc98f7c35b5e4ac9660a,
  "/collections/AppliedProcedures/components/LegalTimes#LegalTimes": LegalTimes_4050d1ecad2c1fbc83b71416f0ffd670,
  "/collections/SearchMisses/components/CreateSynonym#CreateSynonym": CreateSynonym_3c14034f60050408e4b9ad2399d53413,
  "/collections/ReadAcknowledgements/components/ReadRegister#ReadRegister": ReadRegister_8a62a523ad4f1693b8b60ca95c1236de,
  "/collections/QualityDocuments/components/DocxDownload#DocxDownload": DocxDownload_005f1019410ad846363fbca70294bc51,
  "/collections/ReadAcknowledgements/components/ConfirmRead#ConfirmReadButton": ConfirmReadButton_4a3ed740cc4354c82adafbc92349b008,
  "/collections/CorrectiveActions/components/RecordPeople#NonconformityPeople": NonconformityPeople_3455a386fe90f3376d63efd9b21621f8,
  "/collections/Nonconformities/components/CloseNonconformity#CloseNonconformity": CloseNonconformity_05745501a76e4a0cc94f1874115f45a0,
  "/collections/CorrectiveActions/components/OwnerField#OwnerField": OwnerField_2e089a16865494bf2ec21613f0a8aa50,
  "/collections/CorrectiveActions/components/RecordPeople#ActionPeople": ActionPeople_3455a386fe90f3376d63efd9b21621f8,
  "/collections/CorrectiveActions/components/ActionControls#ActionControls": ActionControls_6450c19bbdfd7a5a16fc838fb5e71d3f,
  "/collections/ManagementReviews/components/PackDownload#PackDownload": PackDownload_82fa05658198bcc5cd34121a7090a191,
  "/collections/InternalAudits/components/AuditActions#AuditActions": AuditActions_3ba19a89fbfb8a69bd51d5373cc78d35,
  "/collections/ReviewTasks/components/MasterChanges#MasterChanges": MasterChanges_a27b6e3a99f34bdc567f4d72741b0413,
  "/collections/ReviewTasks/components/MasterChanges#Conflicts": Conflicts_a27b6e3a99f34bdc567f4d72741b0413,
  "/collections/ReviewTasks/components/ReviewSummary#ReviewSummary": ReviewSummary_cddea41733d958fa7e1f6c1c66f579dd,
  "/collections/Localities/components/TemplateDownload#TemplateDownload": TemplateDownload_2174c9248814cc330d9fdd10e77ff1c5,
  "/collections/ServiceResults/components/ResultsTemplateDownload#ResultsTemplateDownload": ResultsTemplateDownload_a0c6abb09008208b64bc4fd382e89a34,
  "/components/Duration#DurationCell": DurationCell_52915a4dc4812fba3d829ccb719365ae,
  "/components/Duration#DurationField": DurationField_52915a4dc4812fba3d829ccb719365ae,
  "/collections/Releases/components/RollbackButton#RollbackButton": RollbackButton_f9f7c37ee856c515610c0e85530031d3,
  "/collections/Releases/components/PublishButton#PublishButton": PublishButton_cc4c1a864f108b5d2dd586a8a5ee22e8,
  "/collections/Releases/components/ReleaseAsOf#ReleaseAsOf": ReleaseAsOf_0eecbb8e3563a754cc8da3e25372701d,
  "/collections/ChangeSets/components/StartImport#StartImport": StartImport_19a155f2a8d7b72b62b9ba952359a913,
  "/collections/ChangeSets/components/ChangeSetView#ChangeSetView": ChangeSetView_af4a6c2ee04c672bd5367c6e83dd5c6f,
  "/collections/Notifications/components/OpenNotification#OpenNotificationButton": OpenNotificationButton_9d6e149da3f684c3f6f3f983cdc55516,
  "/components/Brand#BrandIcon": BrandIcon_42af45a2e169122dea8a98337d41efda,
  "/components/Brand#BrandLogo": BrandLogo_42af45a2e169122dea8a98337d41efda,
  "/collections/Notifications/components/NotificationBell#NotificationBell": NotificationBell_aabd414765fe521979e9532d7efead2c,
  "/components/DashboardHeading#DashboardHeading": DashboardHeading_3c396dc262762b5c573b0a2e974c1531,
  "/views/WorkQueue/WorkQueue#WorkQueue": WorkQueue_ccf707f98f9ae0e36c7da56b9de09ac1,
  "/collections/Notifications/components/PendingNotifications#PendingNotifications": PendingNotifications_f974199552618c7ee6b2a740103a9369,
  "/views/Compliance/Compliance#Compliance": Compliance_938b19bf6e1210ebf638e06ad00360ac,
  "/views/QualityObjectives/QualityObjectives#QualityObjectives": QualityObjectives_5bbb503d83cc718a8fa8423d47e14295,
  "/views/WorkQueue/WorkQueueNavLink#WorkQueueNavLink": WorkQueueNavLink_565bba09933e06d37f6168be96a1b5e3,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/views/WorkQueue/WorkQueueView#WorkQueueView": WorkQueueView_3d6b4bfcb1306290967ff7d1a4d52d82,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
