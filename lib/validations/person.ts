import { z } from "zod";
import { WIKIDATA_ID, externalId } from "./film";
import { slugSchema } from "./slug";
import { cleanForm } from "./text";

// One schema for the person form and its server action.

/** An IMDb name page or its id (nm0331516), as pasted from the browser. */
export const IMDB_NAME_ID = /^(?:https?:\/\/(?:www\.|m\.)?imdb\.com\/name\/)?(nm[0-9]{7,10})(?:\/[^\s]*)?$/i;

export const personLinksSchema = cleanForm(
  z.object({
    slug: slugSchema,
    wikidataId: externalId(WIKIDATA_ID, "wikidataId").optional().default(null),
    imdbId: externalId(IMDB_NAME_ID, "imdbNameId").optional().default(null),
  }),
);
