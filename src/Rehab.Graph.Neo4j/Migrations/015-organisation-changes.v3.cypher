// An organisation carries the number of the directory change that last wrote it, as listings do (013), so a hub that
// keeps the organisations in memory reads only those changed since the number it holds.
CREATE INDEX ON :Organisation(directoryChange)
