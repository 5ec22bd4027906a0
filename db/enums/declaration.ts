/**
 * The categories of the yearly declaration of development assistance (article L1115-6 CGCT), in
 * the order of the State's form. Labels live in lib/declaration/categories.ts and messages/*.json.
 */
export const AID_CATEGORIES = [
  'decentralised_cooperation',
  'solidarity_schemes',
  'ngo_grants',
  'development_awareness',
  'refugees',
  'students',
  'staff_follow_up',
  'multilateral',
] as const;
export type AidCategory = (typeof AID_CATEGORIES)[number];
