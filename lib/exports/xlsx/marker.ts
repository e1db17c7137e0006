// Written into the kravmatris' document properties (keywords) so the Excel
// import (lib/exports/matrix) knows the file is ours and which layout it has.
// Bump the version when a column moves.
export const kravmatrisVersion = 1;
export const kravmatrisMarker = `kravlots-kravmatris/${kravmatrisVersion}`;
