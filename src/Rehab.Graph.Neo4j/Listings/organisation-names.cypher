// Every organisation's id and name, for a directory import to match the organisations of its file against.
MATCH (o:Organisation)
RETURN {id: o.id, name: o.name} AS row
