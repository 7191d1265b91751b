// Where the pages of relationship ids end, read once the nodes are read: one scan, where paging after the last key
// read scanned every relationship per page.
MATCH ()-[r]->()
RETURN max(id(r)) AS highest
