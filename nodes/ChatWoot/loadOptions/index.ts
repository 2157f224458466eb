import { getLabelTitles } from './getLabelTitles';

/** Option lists of multiOptions fields, one per file. */
export const loadOptions = {
	getLabelTitles,
};
