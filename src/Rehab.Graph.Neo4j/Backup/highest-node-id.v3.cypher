// Where the pages of node ids end: one scan, where paging after the last key read scanned every node per page.
MATCH (n)
RETURN max(id(n)) AS highest
