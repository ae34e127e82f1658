import type { SeedFilm } from "../types";
import { aSeparation } from "./a-separation";
import { cleo } from "./cleo-from-5-to-7";
import { drive } from "./drive";
import { laHaine } from "./la-haine";
import { shane } from "./shane";
import { spiritedAway } from "./spirited-away";

export const seedFilms: SeedFilm[] = [drive, shane, spiritedAway, laHaine, aSeparation, cleo];
