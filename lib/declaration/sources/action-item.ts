import { externalActions } from '@/db/schema';

/** An action as an item of the declaration: its id, title, aid category and countries (the sources add the cents). */
export const actionItemColumns = {
  refId: externalActions.id,
  label: externalActions.title,
  category: externalActions.aidCategory,
  countries: externalActions.countries,
};
