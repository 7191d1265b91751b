-- Active, in-person services within $3 metres of ($1 latitude, $2 longitude) that address any of the needs $4,
-- nearest first, every column and the organisation's name (a subquery on its key: the planner, expecting few rows here, would
-- otherwise scan organisations for each one); at most $5, as the hub ranks at most that many.
SELECT s.id, s.organisation_id, (SELECT o.name FROM organisations o WHERE o.id = s.organisation_id) AS organisation_name, s.name, s.description, s.needs, s.online, s.lat, s.lon,
       s.women_only, s.min_age, s.max_age, s.languages, s.unsuitable_for, s.capacity, s.waiting_days, s.opening_times,
       s.referral_route, s.status, s.by_and_for, s.address_lines, s.town, s.postcode, s.contact_name, s.contact_email,
       s.contact_phone, s.contact_url, ST_Distance(s.geog, here.point) AS distance_m
FROM (SELECT ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography AS point) AS here
JOIN services s ON ST_DWithin(s.geog, here.point, $3)
WHERE s.needs && $4 AND s.status = 'ACTIVE' AND NOT s.online
ORDER BY distance_m, s.name, s.id
LIMIT $5
