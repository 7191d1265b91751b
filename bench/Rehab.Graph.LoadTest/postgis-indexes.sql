-- Built after COPY, as a directory team would load in bulk: GiST on each geography column for ST_DWithin, GIN on the
-- needs array for &&, then statistics for the planner.
CREATE INDEX services_geog ON services USING gist (geog);
CREATE INDEX services_needs ON services USING gin (needs);
CREATE INDEX placements_geog ON placements USING gist (geog);
CREATE INDEX mentors_geog ON mentors USING gist (geog);
ANALYZE organisations;
ANALYZE services;
ANALYZE placements;
ANALYZE mentors;
