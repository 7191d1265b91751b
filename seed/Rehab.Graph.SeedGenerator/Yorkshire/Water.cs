namespace Rehab.Graph.SeedGenerator;

/// <summary>
/// A rough outline of the Humber estuary and the North Sea off the region's coast, so points scattered
/// around Hull, Grimsby, Cleethorpes, Bridlington, Scarborough or Whitby do not land in the water.
/// </summary>
public static class Water
{
    // (lat, lon): the Humber's north bank west to east, the coast north to Staithes, out to sea,
    // then back along the Lincolnshire coast and the Humber's south bank to Trent Falls.
    private static readonly (double Lat, double Lon)[] Outline =
    [
        (53.709, -0.690), (53.717, -0.600), (53.714, -0.500), (53.7155, -0.450), (53.718, -0.430),
        (53.727, -0.400), (53.7305, -0.380), (53.736, -0.356), (53.737, -0.345), (53.7383, -0.330),
        (53.740, -0.300), (53.735, -0.270), (53.731, -0.245), (53.718, -0.231), (53.705, -0.200),
        (53.690, -0.150), (53.650, 0.000), (53.600, 0.150),
        (53.730, 0.039), (53.830, -0.090), (53.911, -0.160), (54.085, -0.185), (54.117, -0.080),
        (54.150, -0.230), (54.210, -0.285), (54.245, -0.370), (54.275, -0.395), (54.287, -0.388),
        (54.295, -0.403), (54.305, -0.410), (54.340, -0.430), (54.400, -0.480), (54.435, -0.530),
        (54.490, -0.610), (54.503, -0.665), (54.560, -0.790),
        (54.700, -0.790), (54.700, 1.500), (53.300, 1.500),
        (53.450, 0.180), (53.545, 0.005), (53.575, -0.035), (53.588, -0.075), (53.610, -0.150),
        (53.630, -0.200), (53.660, -0.270), (53.702, -0.360), (53.695, -0.440), (53.700, -0.550),
        (53.700, -0.690),
    ];

    public static bool Contains(double lat, double lon)
    {
        // Even-odd ray casting along the latitude.
        var inside = false;
        for (int i = 0, j = Outline.Length - 1; i < Outline.Length; j = i++)
        {
            var (latI, lonI) = Outline[i];
            var (latJ, lonJ) = Outline[j];
            if ((latI > lat) != (latJ > lat) && lon < lonI + (lat - latI) * (lonJ - lonI) / (latJ - latI))
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
