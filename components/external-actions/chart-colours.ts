/** Colours shared by the charts (loaded apart, with recharts) and their legends (rendered at once). */
export const EXPECTED_COLOUR = '#3f4d5c';
export const OBSERVED_COLOUR = '#1e6b35';

/** One colour per funding source, distinguishable and dark enough on white. */
export const SOURCE_COLOURS: Record<string, string> = {
  own_funds: '#b3261e',
  solidarity_water: '#7b3fa0',
  solidarity_energy: '#8a4b08',
  solidarity_waste: '#4a5d23',
  solidarity_mobility: '#0b5f6b',
  water_agency: '#1f4e8c',
  foreign_ministry: '#1a56c4',
  eu: '#6b4e00',
  development_agency: '#1e6b35',
  other_french_authority: '#9c2a6b',
  partner_contribution: '#5b3d8a',
  other: '#555a60',
};
