import * as z from 'zod/mini';
import { SituationSchema, SCHEMA_VERSION } from './situation';

export function situationJsonSchema() {
  return {
    ...z.toJSONSchema(SituationSchema as unknown as z.ZodMiniType),
    title: 'Sésame Situation',
    description: `Answers to the Sésame wizard (schema version ${SCHEMA_VERSION}). Every field is optional: absent means not answered; "dont-know" means the person does not know.`,
  };
}
