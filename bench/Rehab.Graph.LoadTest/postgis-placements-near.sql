-- Placements within $3 metres of ($1 latitude, $2 longitude), nearest first, every column and the host's name.
SELECT p.id, p.organisation_id, (SELECT o.name FROM organisations o WHERE o.id = p.organisation_id) AS organisation_name, p.title, p.kind, p.description, p.lat, p.lon, p.capacity,
       p.filled, p.women_only, p.child_facing, p.unsuitable_for, p.max_risk_of_harm, p.sessions, p.supervisor, p.skills,
       p.meeting_point, p.address_lines, p.town, p.postcode, p.contact_name, p.contact_email, p.contact_phone,
       p.contact_url, ST_Distance(p.geog, here.point) AS distance_m
FROM (SELECT ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography AS point) AS here
JOIN placements p ON ST_DWithin(p.geog, here.point, $3)
ORDER BY distance_m, p.title, p.id
LIMIT $4
