using static Rehab.Graph.RegionalData.Generation.Language;

namespace Rehab.Graph.RegionalData.Geography;

/// <summary>
/// The towns and cities of Yorkshire and the Humber with their larger neighbourhoods and estates.
/// Names, postcode districts and coordinates are real (approximate centroids); the weights are
/// invented, loosely following population and deprivation.
/// </summary>
public static class YorkshireAndHumber
{
    public static GeoPoint Leeds { get; } = new(53.7997, -1.5492);

    public static IReadOnlyList<Centre> Centres { get; } = Link(
    [
        new("Leeds", "Aire", 53.7997, -1.5492, 16, 0.14, [(Pl, 3), (Ro, 2), (Ur, 2), (Ku, 1.5), (Ar, 1.5), (Pa, 1), (Ti, 1), (Fa, 1), (Sk, 0.5), (Cs, 0.5)],
        [
            N("City Centre", "LS1", 53.7965, -1.5478, 2), N("Harehills", "LS8", 53.8140, -1.5120, 3),
            N("Chapeltown", "LS7", 53.8190, -1.5300, 2), N("Gipton", "LS9", 53.8150, -1.4900, 3),
            N("Seacroft", "LS14", 53.8230, -1.4550, 3), N("Halton Moor", "LS9", 53.7930, -1.4880, 2),
            N("Cross Gates", "LS15", 53.8050, -1.4500, 1), N("Burmantofts", "LS9", 53.8020, -1.5200, 2),
            N("Beeston", "LS11", 53.7770, -1.5650, 3), N("Holbeck", "LS11", 53.7880, -1.5620, 2),
            N("Hunslet", "LS10", 53.7800, -1.5300, 2), N("Belle Isle", "LS10", 53.7590, -1.5330, 2),
            N("Middleton", "LS10", 53.7460, -1.5480, 2), N("Armley", "LS12", 53.7980, -1.5900, 3),
            N("Bramley", "LS13", 53.8090, -1.6330, 2), N("Kirkstall", "LS5", 53.8160, -1.6030, 1),
            N("Headingley", "LS6", 53.8220, -1.5780, 1), N("Horsforth", "LS18", 53.8400, -1.6400, 0.5),
            N("Pudsey", "LS28", 53.7960, -1.6630, 1), N("Morley", "LS27", 53.7400, -1.6000, 1),
            N("Rothwell", "LS26", 53.7480, -1.4800, 1), N("Garforth", "LS25", 53.7930, -1.3850, 0.7),
            N("Otley", "LS21", 53.9050, -1.6920, 0.5), N("Wetherby", "LS22", 53.9280, -1.3860, 0.5),
        ]),
        new("Sheffield", "Don", 53.3811, -1.4701, 12, 0.15, [(Ar, 2), (So, 2), (Ur, 2), (Sk, 2), (Pl, 1.5), (Ku, 1), (Ro, 1), (Fa, 1)],
        [
            N("City Centre", "S1", 53.3800, -1.4700, 2), N("Burngreave", "S4", 53.3960, -1.4600, 3),
            N("Page Hall", "S4", 53.4030, -1.4530, 3), N("Firth Park", "S5", 53.4150, -1.4400, 2),
            N("Parson Cross", "S5", 53.4260, -1.4740, 3), N("Southey", "S5", 53.4130, -1.4880, 2),
            N("Shirecliffe", "S5", 53.4040, -1.4780, 2), N("Hillsborough", "S6", 53.4040, -1.5020, 1),
            N("Walkley", "S6", 53.3940, -1.4940, 1), N("Darnall", "S9", 53.3850, -1.4110, 3),
            N("Tinsley", "S9", 53.4010, -1.3960, 1), N("Manor", "S2", 53.3700, -1.4300, 3),
            N("Arbourthorne", "S2", 53.3600, -1.4400, 2), N("Sharrow", "S7", 53.3650, -1.4800, 2),
            N("Broomhall", "S10", 53.3780, -1.4950, 1), N("Gleadless Valley", "S14", 53.3470, -1.4380, 2),
            N("Woodhouse", "S13", 53.3590, -1.3700, 1), N("Chapeltown", "S35", 53.4630, -1.4680, 0.7),
            N("Stocksbridge", "S36", 53.4790, -1.5890, 0.5),
        ]),
        new("Bradford", "Aire", 53.7950, -1.7594, 11, 0.28, [(Ur, 6), (Pa, 3), (Pl, 2), (Bn, 1.5), (Ro, 1), (Sk, 1), (Cs, 0.5), (Ar, 0.5)],
        [
            N("City Centre", "BD1", 53.7940, -1.7520, 2), N("Manningham", "BD8", 53.8060, -1.7640, 3),
            N("Girlington", "BD8", 53.8020, -1.7800, 2), N("Little Horton", "BD5", 53.7810, -1.7600, 3),
            N("West Bowling", "BD5", 53.7790, -1.7450, 2), N("Holme Wood", "BD4", 53.7700, -1.7080, 3),
            N("Thornbury", "BD3", 53.7950, -1.7120, 2), N("Bradford Moor", "BD3", 53.8000, -1.7280, 2),
            N("Eccleshill", "BD2", 53.8170, -1.7300, 1), N("Allerton", "BD15", 53.8050, -1.8100, 2),
            N("Buttershaw", "BD6", 53.7550, -1.7900, 2), N("Wyke", "BD12", 53.7370, -1.7700, 1),
            N("Shipley", "BD18", 53.8330, -1.7770, 1), N("Queensbury", "BD13", 53.7680, -1.8440, 0.7),
            N("Baildon", "BD17", 53.8490, -1.7640, 0.5),
        ]),
        new("Hull", "Humber", 53.7446, -0.3352, 9, 0.12, [(Pl, 5), (Ro, 2), (Ku, 2), (Ar, 1.5), (Ur, 1.5), (Lt, 1), (Fa, 1)],
        [
            N("City Centre", "HU1", 53.7446, -0.3352, 2), N("Old Town", "HU1", 53.7430, -0.3310, 1),
            N("Drypool", "HU9", 53.7455, -0.3200, 1), N("Anlaby Road", "HU3", 53.7440, -0.3590, 2),
            N("Hessle Road", "HU3", 53.7365, -0.3650, 3), N("Newington", "HU3", 53.7425, -0.3720, 2),
            N("Gipsyville", "HU4", 53.7315, -0.3960, 3), N("Derringham", "HU4", 53.7510, -0.3900, 1),
            N("Avenues", "HU5", 53.7595, -0.3720, 1), N("Newland Avenue", "HU5", 53.7620, -0.3640, 1),
            N("Beverley Road", "HU5", 53.7640, -0.3490, 2), N("Orchard Park", "HU6", 53.7925, -0.3820, 3),
            N("Kingswood", "HU7", 53.8050, -0.3440, 1), N("Bransholme", "HU7", 53.8025, -0.3210, 3),
            N("Stoneferry", "HU8", 53.7705, -0.3230, 1), N("Sutton-on-Hull", "HU7", 53.7830, -0.3085, 1),
            N("Holderness Road", "HU8", 53.7590, -0.3000, 2), N("Longhill", "HU8", 53.7760, -0.2740, 2),
            N("Bilton Grange", "HU9", 53.7625, -0.2700, 2), N("Greatfield", "HU9", 53.7530, -0.2640, 2),
            N("Marfleet", "HU9", 53.7470, -0.2750, 2), N("Hessle", "HU13", 53.7237, -0.4385, 1),
            N("Cottingham", "HU16", 53.7815, -0.4150, 1), N("Hedon", "HU12", 53.7395, -0.1990, 0.7),
            N("Withernsea", "HU19", 53.7310, 0.0330, 0.7), N("Hornsea", "HU18", 53.9110, -0.1690, 0.5),
        ]),
        new("Doncaster", "Don", 53.5228, -1.1285, 6, 0.1, [(Pl, 4), (Ro, 2), (Lt, 1), (Ur, 1), (Ku, 1)],
        [
            N("Town Centre", "DN1", 53.5228, -1.1285, 2), N("Hyde Park", "DN1", 53.5160, -1.1300, 2),
            N("Balby", "DN4", 53.5000, -1.1550, 3), N("Hexthorpe", "DN4", 53.5150, -1.1520, 2),
            N("Intake", "DN2", 53.5300, -1.0950, 2), N("Wheatley", "DN2", 53.5330, -1.1080, 2),
            N("Bentley", "DN5", 53.5440, -1.1460, 2), N("Armthorpe", "DN3", 53.5350, -1.0530, 1),
            N("Rossington", "DN11", 53.4780, -1.0620, 1), N("Edlington", "DN12", 53.4800, -1.1880, 1),
            N("Mexborough", "S64", 53.4930, -1.2870, 1), N("Thorne", "DN8", 53.6110, -0.9590, 1),
            N("Stainforth", "DN7", 53.5960, -1.0270, 0.7), N("Askern", "DN6", 53.6160, -1.1510, 0.7),
        ]),
        new("Wakefield", "Calder", 53.6830, -1.4977, 5, 0.08, [(Pl, 3), (Ro, 1.5), (Lt, 1), (Ur, 0.5)],
        [
            N("City Centre", "WF1", 53.6830, -1.4977, 2), N("Eastmoor", "WF1", 53.6920, -1.4870, 3),
            N("Lupset", "WF2", 53.6770, -1.5320, 3), N("Portobello", "WF2", 53.6700, -1.4900, 2),
            N("Agbrigg", "WF1", 53.6660, -1.4800, 1), N("Outwood", "WF1", 53.7140, -1.5110, 1),
            N("Horbury", "WF4", 53.6600, -1.5550, 0.7), N("Ossett", "WF5", 53.6800, -1.5800, 1),
            N("Normanton", "WF6", 53.6980, -1.4160, 1), N("Featherstone", "WF7", 53.6790, -1.3580, 1),
            N("Hemsworth", "WF9", 53.6120, -1.3530, 1), N("South Elmsall", "WF9", 53.5960, -1.2850, 1),
        ]),
        new("Rotherham", "Rother", 53.4302, -1.3568, 4.5, 0.14, [(Ur, 3), (Sk, 2), (Cs, 1), (Pl, 1), (Ro, 1), (Ku, 0.5)],
        [
            N("Town Centre", "S60", 53.4302, -1.3568, 2), N("Eastwood", "S65", 53.4360, -1.3410, 3),
            N("Ferham", "S61", 53.4290, -1.3700, 1), N("Kimberworth", "S61", 53.4420, -1.3900, 1),
            N("Canklow", "S60", 53.4160, -1.3500, 1), N("East Herringthorpe", "S65", 53.4290, -1.3150, 2),
            N("Rawmarsh", "S62", 53.4600, -1.3450, 2), N("Thrybergh", "S65", 53.4480, -1.3010, 1),
            N("Wath upon Dearne", "S63", 53.5030, -1.3440, 1), N("Maltby", "S66", 53.4220, -1.1990, 1),
            N("Dinnington", "S25", 53.3680, -1.2050, 1),
        ]),
        new("Huddersfield", "Colne", 53.6458, -1.7850, 4.5, 0.18, [(Ur, 3), (Pa, 3), (Pl, 2), (Ro, 1), (Ku, 1)],
        [
            N("Town Centre", "HD1", 53.6458, -1.7850, 2), N("Deighton", "HD2", 53.6690, -1.7560, 3),
            N("Sheepridge", "HD2", 53.6680, -1.7720, 2), N("Fartown", "HD2", 53.6600, -1.7820, 1),
            N("Birkby", "HD2", 53.6580, -1.7960, 2), N("Brackenhall", "HD2", 53.6750, -1.7650, 1),
            N("Lockwood", "HD1", 53.6330, -1.7940, 1), N("Newsome", "HD4", 53.6260, -1.7800, 1),
            N("Crosland Moor", "HD4", 53.6380, -1.8120, 2), N("Dalton", "HD5", 53.6470, -1.7510, 2),
            N("Holmfirth", "HD9", 53.5700, -1.7870, 0.5), N("Marsden", "HD7", 53.6000, -1.9300, 0.3),
        ]),
        new("Barnsley", "Dearne", 53.5526, -1.4797, 4, 0.06, [(Pl, 2), (Ro, 1), (Lt, 0.5)],
        [
            N("Town Centre", "S70", 53.5526, -1.4797, 2), N("Kendray", "S70", 53.5430, -1.4560, 2),
            N("Worsbrough", "S70", 53.5300, -1.4700, 1), N("Athersley", "S71", 53.5770, -1.4860, 2),
            N("Lundwood", "S71", 53.5640, -1.4460, 2), N("Monk Bretton", "S71", 53.5720, -1.4540, 1),
            N("Royston", "S71", 53.6010, -1.4470, 1), N("Grimethorpe", "S72", 53.5760, -1.3790, 1),
            N("Goldthorpe", "S63", 53.5350, -1.3120, 1), N("Wombwell", "S73", 53.5210, -1.4000, 1),
            N("Hoyland", "S74", 53.4990, -1.4440, 1), N("Penistone", "S36", 53.5250, -1.6290, 0.3),
        ]),
        new("York", "Ouse", 53.9590, -1.0815, 4, 0.07, [(Pl, 2), (Ro, 1), (Ar, 1), (Fa, 0.5)],
        [
            N("City Centre", "YO1", 53.9590, -1.0815, 2), N("Tang Hall", "YO31", 53.9640, -1.0540, 3),
            N("Heworth", "YO31", 53.9700, -1.0620, 1), N("Clifton", "YO30", 53.9760, -1.0950, 2),
            N("Acomb", "YO24", 53.9550, -1.1250, 2), N("Chapelfields", "YO26", 53.9600, -1.1320, 2),
            N("Foxwood", "YO24", 53.9460, -1.1370, 2), N("Fulford", "YO10", 53.9360, -1.0740, 1),
            N("Osbaldwick", "YO10", 53.9600, -1.0290, 1), N("Huntington", "YO32", 53.9960, -1.0600, 1),
            N("Haxby", "YO32", 54.0150, -1.0750, 0.5),
        ]),
        new("Grimsby", "Humber", 53.5654, -0.0808, 3.5, 0.1, [(Pl, 3), (Lt, 2), (Ro, 1), (Lv, 1)],
        [
            N("Town Centre", "DN31", 53.5654, -0.0808, 2), N("East Marsh", "DN32", 53.5690, -0.0680, 3),
            N("West Marsh", "DN31", 53.5700, -0.0960, 2), N("Nunsthorpe", "DN33", 53.5460, -0.0960, 3),
            N("Grange", "DN34", 53.5520, -0.1120, 2), N("Scartho", "DN33", 53.5390, -0.0800, 1),
            N("Cleethorpes", "DN35", 53.5580, -0.0330, 2), N("Immingham", "DN40", 53.6130, -0.2170, 1),
            N("Laceby", "DN37", 53.5400, -0.1700, 0.3),
        ]),
        new("Halifax", "Calder", 53.7248, -1.8658, 3, 0.15, [(Ur, 4), (Pl, 1.5), (Ro, 0.5)],
        [
            N("Town Centre", "HX1", 53.7248, -1.8658, 2), N("Park Ward", "HX1", 53.7190, -1.8800, 3),
            N("Ovenden", "HX3", 53.7450, -1.8720, 2), N("Mixenden", "HX2", 53.7500, -1.9020, 2),
            N("Illingworth", "HX2", 53.7560, -1.8850, 1), N("Boothtown", "HX3", 53.7380, -1.8610, 1),
            N("Sowerby Bridge", "HX6", 53.7080, -1.9090, 1), N("Elland", "HX5", 53.6860, -1.8380, 1),
            N("Brighouse", "HD6", 53.7030, -1.7830, 1), N("Hebden Bridge", "HX7", 53.7420, -2.0130, 0.3),
            N("Todmorden", "OL14", 53.7140, -2.0980, 0.5),
        ]),
        new("Dewsbury", "Calder", 53.6911, -1.6299, 3, 0.25, [(Ur, 4), (Gu, 2), (Pl, 1.5), (Pa, 1)],
        [
            N("Town Centre", "WF13", 53.6911, -1.6299, 2), N("Ravensthorpe", "WF13", 53.6770, -1.6560, 2),
            N("Savile Town", "WF12", 53.6840, -1.6300, 2), N("Thornhill", "WF12", 53.6700, -1.6150, 1),
            N("Batley", "WF17", 53.7067, -1.6340, 2), N("Heckmondwike", "WF16", 53.7080, -1.6770, 1),
            N("Mirfield", "WF14", 53.6760, -1.6930, 0.7),
        ]),
        new("Scunthorpe", "Trent", 53.5890, -0.6540, 2.5, 0.1, [(Pl, 3), (Lt, 1), (Pt, 1), (Ro, 1)],
        [
            N("Town Centre", "DN15", 53.5890, -0.6540, 2), N("Crosby", "DN15", 53.5970, -0.6560, 2),
            N("Frodingham", "DN15", 53.5840, -0.6400, 1), N("Westcliff", "DN17", 53.5760, -0.6770, 2),
            N("Riddings", "DN17", 53.5610, -0.6700, 2), N("Ashby", "DN16", 53.5700, -0.6380, 2),
            N("Bottesford", "DN16", 53.5550, -0.6450, 1), N("Brigg", "DN20", 53.5530, -0.4880, 0.7),
            N("Barton-upon-Humber", "DN18", 53.6840, -0.4360, 0.7), N("Epworth", "DN9", 53.5230, -0.8240, 0.3),
        ]),
        new("Scarborough", "Derwent", 54.2800, -0.4050, 2, 0.05, [(Pl, 2), (Ro, 1)],
        [
            N("Town Centre", "YO11", 54.2800, -0.4050, 2), N("Falsgrave", "YO12", 54.2760, -0.4170, 1),
            N("Barrowcliff", "YO12", 54.2960, -0.4270, 2), N("Northstead", "YO12", 54.2940, -0.4150, 1),
            N("Eastfield", "YO11", 54.2440, -0.4130, 2), N("Filey", "YO14", 54.2100, -0.2930, 0.5),
        ]),
        new("Keighley", "Worth", 53.8679, -1.9064, 2, 0.18, [(Ur, 4), (Pl, 1), (Sk, 1)],
        [
            N("Town Centre", "BD21", 53.8679, -1.9064, 2), N("Lawkholme", "BD21", 53.8720, -1.9000, 1),
            N("Braithwaite", "BD22", 53.8760, -1.9320, 2), N("Bracken Bank", "BD22", 53.8580, -1.9250, 2),
            N("Bingley", "BD16", 53.8480, -1.8380, 1), N("Silsden", "BD20", 53.9140, -1.9370, 0.5),
        ]),
        new("Castleford", "Aire", 53.7256, -1.3622, 1.5, 0.06, [(Pl, 2), (Ro, 1), (Lt, 1)],
        [
            N("Town Centre", "WF10", 53.7256, -1.3622, 2), N("Airedale", "WF10", 53.7200, -1.3350, 2),
            N("Whitwood", "WF10", 53.7150, -1.3850, 1), N("Glasshoughton", "WF10", 53.7120, -1.3500, 1),
        ]),
        new("Pontefract", "Aire", 53.6914, -1.3129, 1.5, 0.06, [(Pl, 2), (Ro, 1), (Lt, 1)],
        [
            N("Town Centre", "WF8", 53.6914, -1.3129, 2), N("Chequerfield", "WF8", 53.6830, -1.3000, 1),
            N("Knottingley", "WF11", 53.7070, -1.2450, 2), N("Ferrybridge", "WF11", 53.7120, -1.2700, 0.5),
        ]),
        new("Harrogate", "Nidd", 53.9921, -1.5418, 1.5, 0.05, [(Pl, 2), (Ro, 1)],
        [
            N("Town Centre", "HG1", 53.9921, -1.5418, 2), N("Woodfield", "HG1", 54.0020, -1.5330, 2),
            N("Bilton", "HG1", 54.0080, -1.5280, 1), N("Jennyfield", "HG3", 54.0060, -1.5700, 1),
            N("Starbeck", "HG2", 53.9990, -1.5020, 1), N("Knaresborough", "HG5", 54.0090, -1.4670, 1),
            N("Ripon", "HG4", 54.1380, -1.5240, 1),
        ]),
        new("Bridlington", "Gypsey Race", 54.0850, -0.2000, 1.2, 0.05, [(Pl, 2), (Ro, 1)],
        [
            N("Town Centre", "YO15", 54.0850, -0.2000, 2), N("Old Town", "YO16", 54.0950, -0.2130, 1),
            N("Bessingby", "YO16", 54.0770, -0.2250, 1), N("Driffield", "YO25", 54.0060, -0.4420, 0.7),
        ]),
        new("Beverley", "Hull", 53.8416, -0.4308, 0.8, 0.04, [(Pl, 2), (Ro, 1)],
        [
            N("Town Centre", "HU17", 53.8416, -0.4308, 2), N("Molescroft", "HU17", 53.8540, -0.4460, 1),
            N("Swinemoor", "HU17", 53.8480, -0.4150, 1), N("Woodmansey", "HU17", 53.8260, -0.4100, 0.3),
        ]),
        new("Goole", "Ouse", 53.7046, -0.8735, 0.8, 0.1, [(Pl, 3), (Lt, 2), (Lv, 1)],
        [
            N("Town Centre", "DN14", 53.7046, -0.8735, 2), N("Old Goole", "DN14", 53.6950, -0.8870, 1),
            N("Howden", "DN14", 53.7450, -0.8680, 0.5), N("Snaith", "DN14", 53.6920, -1.0290, 0.3),
        ]),
        new("Selby", "Ouse", 53.7838, -1.0675, 0.8, 0.05, [(Pl, 2), (Ro, 0.5)],
        [
            N("Town Centre", "YO8", 53.7838, -1.0675, 2), N("Brayton", "YO8", 53.7660, -1.0870, 1),
            N("Sherburn in Elmet", "LS25", 53.7970, -1.2330, 0.5), N("Tadcaster", "LS24", 53.8850, -1.2620, 0.5),
        ]),
        new("Whitby", "Esk", 54.4858, -0.6206, 0.5, 0.03, [(Pl, 1), (Ro, 0.5)],
        [
            N("Town Centre", "YO21", 54.4858, -0.6206, 2), N("Stakesby", "YO21", 54.4810, -0.6370, 1),
            N("Helredale", "YO22", 54.4780, -0.6060, 1),
        ]),
        new("Skipton", "Aire", 53.9620, -2.0170, 0.5, 0.03, [(Pl, 1), (Ro, 0.5)],
        [
            N("Town Centre", "BD23", 53.9620, -2.0170, 2), N("Greatwood", "BD23", 53.9540, -2.0120, 1),
            N("Settle", "BD24", 54.0690, -2.2780, 0.3),
        ]),
        new("Northallerton", "Wiske", 54.3390, -1.4346, 0.5, 0.03, [(Pl, 1), (Ro, 0.5)],
        [
            N("Town Centre", "DL7", 54.3390, -1.4346, 2), N("Romanby", "DL7", 54.3300, -1.4500, 1),
            N("Thirsk", "YO7", 54.2320, -1.3430, 0.5), N("Bedale", "DL8", 54.2880, -1.5910, 0.3),
        ]),
    ]);

    private static Neighbourhood N(string name, string district, double lat, double lon, double weight) => new(name, district, lat, lon, weight);

    private static IReadOnlyList<Centre> Link(IReadOnlyList<Centre> centres)
    {
        foreach (var centre in centres)
        {
            foreach (var neighbourhood in centre.Neighbourhoods)
            {
                neighbourhood.Centre = centre;
            }
        }

        return centres;
    }
}
