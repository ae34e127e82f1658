/** The longest character name or award label, shared by the form and the save. */
export const LABEL_MAX = 200;
