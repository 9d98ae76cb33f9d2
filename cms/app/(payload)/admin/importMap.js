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
import { WorkflowControls as WorkflowControls_ee6b03f5588fa0924eeb6ab26dfd8b46 } from '../../../workflow/WorkflowControls'
import { WorkflowPeople as WorkflowPeople_3e57c47f474998252561d610829e7117 } from '../../../workflow/WorkflowPeople'
import { NoPublishButton as NoPublishButton_b15fdeb7193ca5858633790560a5120b } from '../../../workflow/WorkflowAdmin'
import { WorkflowStatus as WorkflowStatus_b15fdeb7193ca5858633790560a5120b } from '../../../workflow/WorkflowAdmin'
import { RestoreAsDraft as RestoreAsDraft_5be46c63e81f6b3288d960797d36a32d } from '../../../workflow/RestoreAsDraft'
import { DocxDownload as DocxDownload_bf168b555a2dff5bcb0779c1fbf33e20 } from '../../../components/DocxDownload'
import { ReviewSummary as ReviewSummary_e7d4d63b8d7e33d72f3ff5390cc4e9a8 } from '../../../collections/ReviewTasks/ReviewSummary'
import { RollbackButton as RollbackButton_71ebfa26b8cfcc8144d8f90e06db9973 } from '../../../components/RollbackButton'
import { PublishButton as PublishButton_111386cb5ab07909d9e2398475065d54 } from '../../../components/PublishButton'
import { ReleaseAsOf as ReleaseAsOf_de07de1c75d04b4b1c6d1ec5c1c34c9b } from '../../../components/ReleaseAsOf'
import { OpenNotificationButton as OpenNotificationButton_3fcb6434bc64de5dc2def046f65a33e2 } from '../../../components/OpenNotification'
import { NotificationBell as NotificationBell_733c4afecc7e7ab3b0e72b789d4a9271 } from '../../../components/NotificationBell'
import { PendingNotifications as PendingNotifications_26d791f299042e171559dc1a0ff6b7c3 } from '../../../components/PendingNotifications'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
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
  "/workflow/WorkflowControls#WorkflowControls": WorkflowControls_ee6b03f5588fa0924eeb6ab26dfd8b46,
  "/workflow/WorkflowPeople#WorkflowPeople": WorkflowPeople_3e57c47f474998252561d610829e7117,
  "/workflow/WorkflowAdmin#NoPublishButton": NoPublishButton_b15fdeb7193ca5858633790560a5120b,
  "/workflow/WorkflowAdmin#WorkflowStatus": WorkflowStatus_b15fdeb7193ca5858633790560a5120b,
  "/workflow/RestoreAsDraft#RestoreAsDraft": RestoreAsDraft_5be46c63e81f6b3288d960797d36a32d,
  "/components/DocxDownload#DocxDownload": DocxDownload_bf168b555a2dff5bcb0779c1fbf33e20,
  "/collections/ReviewTasks/ReviewSummary#ReviewSummary": ReviewSummary_e7d4d63b8d7e33d72f3ff5390cc4e9a8,
  "/components/RollbackButton#RollbackButton": RollbackButton_71ebfa26b8cfcc8144d8f90e06db9973,
  "/components/PublishButton#PublishButton": PublishButton_111386cb5ab07909d9e2398475065d54,
  "/components/ReleaseAsOf#ReleaseAsOf": ReleaseAsOf_de07de1c75d04b4b1c6d1ec5c1c34c9b,
  "/components/OpenNotification#OpenNotificationButton": OpenNotificationButton_3fcb6434bc64de5dc2def046f65a33e2,
  "/components/NotificationBell#NotificationBell": NotificationBell_733c4afecc7e7ab3b0e72b789d4a9271,
  "/components/PendingNotifications#PendingNotifications": PendingNotifications_26d791f299042e171559dc1a0ff6b7c3,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
