// A women's service lists the funds it holds by the fund's holder.
CREATE INDEX fund_holder IF NOT EXISTS FOR (n:Fund) ON (n.holder);
