import { datesComponent } from "./components/dates.js";
import { entitiesComponent } from "./components/entities.js";
import { eventsComponent } from "./components/events.js";
import { namesComponent } from "./components/names.js";
import { tokensComponent } from "./components/tokens.js";
import { createPipeline, type Pipeline } from "./pipeline.js";

/** The one place where the extraction pipeline is wired. */
export function defaultPipeline(): Pipeline {
  return createPipeline([tokensComponent(), datesComponent(), namesComponent(), entitiesComponent(), eventsComponent()]);
}
