namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// A rough outline of the Humber's north bank and the Holderness coast, so scattered points near the
/// waterfront, Hessle, Gipsyville or Withernsea do not land in the estuary or the North Sea.
/// </summary>
public static class Coastline
{
    // (lon, lat) along the north bank, west to east; land is north of the line.
    private static readonly (double Lon, double Lat)[] HumberNorthBank =
    [
        (-0.900, 53.690),
        (-0.600, 53.717),
        (-0.500, 53.714),
        (-0.450, 53.7155),
        (-0.430, 53.718),
        (-0.400, 53.727),
        (-0.380, 53.7305),
        (-0.356, 53.736),
        (-0.345, 53.737),
        (-0.330, 53.7383),
        (-0.300, 53.7400),
        (-0.270, 53.7350),
        (-0.245, 53.7310),
        (-0.231, 53.7180),
        (-0.200, 53.7050),
        (-0.150, 53.6900),
        (0.000, 53.6500),
        (0.150, 53.6000),
    ];

    public static bool IsOnLand(double lat, double lon) =>
        lat > HumberBankLatitude(lon) && lon < NorthSeaCoastLongitude(lat);

    private static double HumberBankLatitude(double lon)
    {
        if (lon <= HumberNorthBank[0].Lon)
        {
            return HumberNorthBank[0].Lat;
        }

        for (var i = 1; i < HumberNorthBank.Length; i++)
        {
            var (lon1, lat1) = HumberNorthBank[i];
            if (lon <= lon1)
            {
                var (lon0, lat0) = HumberNorthBank[i - 1];
                return lat0 + (lat1 - lat0) * (lon - lon0) / (lon1 - lon0);
            }
        }

        return HumberNorthBank[^1].Lat;
    }

    // The Holderness coast runs roughly straight from Withernsea (53.730, 0.039) to Hornsea (53.911, -0.160).
    private static double NorthSeaCoastLongitude(double lat) => 0.039 - (lat - 53.730) * (0.199 / 0.181);
}
