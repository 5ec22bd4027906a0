/** Colours shared by the charts (loaded apart, with recharts) and their legends (rendered at once). */
export const EXPECTED_COLOUR = '#3f4d5c';
export const OBSERVED_COLOUR = '#1e6b35';

/** One colour per funding source, distinguishable and dark enough on white. */
export const SOURCE_COLOURS: Record<string, string> = {
  own_funds: '#b3261e',
  foreign_ministry: '#1a56c4',
  eu: '#6b4e00',
  development_agency: '#1e6b35',
  solidarity_1pct: '#7b3fa0',
  other: '#555a60',
};
