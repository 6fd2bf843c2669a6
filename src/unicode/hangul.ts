// Hangul syllables are composed of jamo algorithmically (Unicode 15.0 section 3.12): their names
// and their decompositions come from these numbers, not from tables.
export const S_BASE = 0xac00;
export const L_BASE = 0x1100;
export const V_BASE = 0x1161;
export const T_BASE = 0x11a7;
export const L_COUNT = 19;
export const V_COUNT = 21;
export const T_COUNT = 28;
export const N_COUNT = V_COUNT * T_COUNT;
export const S_COUNT = L_COUNT * N_COUNT;
