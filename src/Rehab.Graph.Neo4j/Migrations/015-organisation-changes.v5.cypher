// An organisation carries the number of the directory change that last wrote it, as listings do (013), so a hub that
// keeps the organisations in memory reads only those changed since the number it holds.
CREATE INDEX organisation_directory_change IF NOT EXISTS FOR (n:Organisation) ON (n.directoryChange)
