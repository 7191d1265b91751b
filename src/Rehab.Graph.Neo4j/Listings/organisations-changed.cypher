// The organisations written since directory change $since (touch.cypher stamps them): an index seek that usually
// finds none.
MATCH (o:Organisation)
WHERE o.directoryChange > $since
RETURN o AS row
