import { ApiRouter } from '@backstage/backend-openapi-utils';
import { spec } from '../../schema/openapi.generated';

/** The router typed by, and validating against, the OpenAPI contract. */
export type ItsmApiRouter = ApiRouter<typeof spec>;
