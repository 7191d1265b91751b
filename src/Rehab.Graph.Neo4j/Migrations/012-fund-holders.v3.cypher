// A women's service lists the funds it holds by the fund's holder.
CREATE INDEX ON :Fund(holder);
