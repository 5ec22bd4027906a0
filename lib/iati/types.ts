/** A text in one or more languages: the first is the activity's default language. */
export type Narratives = { lang: string; text: string }[];

/** A participating organisation (IATI OrganisationRole and OrganisationType code lists). */
export type IatiOrganisation = { ref: string | null; name: string; role: '1' | '2' | '3' | '4'; type: string };

/** One transaction (IATI TransactionType code list), its amount in euro cents. */
export type IatiTransaction = {
  type: string;
  date: string;
  amountCents: number;
  description: string | null;
  /** Incoming funds only: who paid (`provider-org`, by name). */
  provider?: string | null;
};

/** A result: an expected return and what was observed of it, or an observed return nobody expected. */
export type IatiResult = {
  title: string;
  indicator: string;
  target: string | null;
  observed: { on: string; text: string }[];
};

/** Everything one `iati-activity` is built from: plain data, so the builder stays pure. */
export type IatiActivity = {
  id: string;
  title: Narratives;
  description: Narratives;
  status: 'idea' | 'planned' | 'running' | 'finished' | 'stopped';
  startDate: string | null;
  endDate: string | null;
  createdOn: string;
  updatedAt: Date;
  countries: string[];
  sector: string;
  sdgs: number[];
  partners: IatiOrganisation[];
  budgets: { year: number; amountCents: number }[];
  transactions: IatiTransaction[];
  results: IatiResult[];
  documents: { url: string; title: string; category: string }[];
};

/** The reporting authority. */
export type IatiReporter = { siren: string; name: string; lang: string };
