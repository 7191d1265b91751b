// Every organisation's id, for the map from the UUIDs Open Referral UK knows them by: the id alone, from the label's
// unique index, so that reading them all stays small.
MATCH (o:Organisation)
RETURN o.id AS id
