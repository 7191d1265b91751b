// The person's social capital counted outside a review (when a referral of theirs completed, after the tie it made),
// joining their history beside the reviews' snapshots. It hangs from the person, not from a plan: a person without a
// plan has a history too, and no plan is made for it.
MATCH (p:Person {id: $personId})
CREATE (p)-[:HAS_SNAPSHOT]->(:SocialCapitalSnapshot {at: $at, bonding: $bonding, bridging: $bridging, linking: $linking, occasion: $occasion,
                                                     referralId: $referralId})
