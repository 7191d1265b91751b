// The Immediate Justice case a placement referral was booked for, with what its completion or cancellation needs to say and to whom.
MATCH (o:Organisation)-[:REFERRED_CASE]->(c:ImmediateJusticeCase)-[:BOOKED]->(r:Referral {id: $referralId})-[:TO]->(pl:Placement)<-[:HOSTS]-(host:Organisation)
MATCH (c)-[:CONCERNS]->(p:Person)
RETURN {caseId: c.id, hours: c.hours, referredAt: c.referredAt, referrerEmail: c.referrerEmail, referrerName: o.name, personDisplayName: p.displayName,
        email: p.email, phone: p.phone, postalAddress: p.postalAddress, placementTitle: pl.title, organisationName: host.name} AS row
