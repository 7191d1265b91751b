// Whether a case with this id exists at all, to tell "not yours" from "no such case".
MATCH (c:ImmediateJusticeCase {id: $id})
RETURN true AS exists
