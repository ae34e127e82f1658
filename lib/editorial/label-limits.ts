/** The longest character name, shared by the form and the save. */
export const LABEL_MAX = 200;
