-- Mentors within $3 metres of ($1 latitude, $2 longitude), nearest first, every column.
SELECT m.id, m.display_name, m.gender, m.languages, m.lived_experience, m.capacity, m.mentees, m.lat, m.lon,
       m.organisation_ids, m.bio, ST_Distance(m.geog, here.point) AS distance_m
FROM (SELECT ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography AS point) AS here
JOIN mentors m ON ST_DWithin(m.geog, here.point, $3)
ORDER BY distance_m, m.display_name, m.id
LIMIT $4
