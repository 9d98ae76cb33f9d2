/* Payload generated this file; the POST handler is ours: Payload's route with the checks of
   cms/plugins/requestLimits/graphqlRoute.ts around it (keep them when regenerating). */
import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlPOST } from '../../../../plugins/requestLimits/graphqlRoute'

export const POST = graphqlPOST(config)

export const OPTIONS = REST_OPTIONS(config)
