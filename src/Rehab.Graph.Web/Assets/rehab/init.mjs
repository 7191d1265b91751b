// GOV.UK Frontend and MOJ Frontend components, started as modules: a browser without module support keeps the
// server-rendered page, which works on its own.
import { initAll as initGovUk } from '/assets/govuk-frontend.min.js';
import { initAll as initMoj } from '/assets/moj-frontend.min.js';

initGovUk();
initMoj();
