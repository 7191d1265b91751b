// Whether a referral with this id exists at all, to tell "not yours" from "no such referral".
MATCH (r:Referral {id: $id})
RETURN true AS exists
