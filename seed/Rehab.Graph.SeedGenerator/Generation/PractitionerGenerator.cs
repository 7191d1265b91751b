namespace Rehab.Graph.SeedGenerator;

/// <summary>Probation practitioners shared out over a region's delivery units in proportion to each unit's caseload.</summary>
public sealed class PractitionerGenerator(Random random, IReadOnlyList<string> surnames)
{
    private static readonly string[] FirstNames =
    [
        "Rachel", "Daniel", "Leanne", "Marcus", "Priya", "Gareth", "Aisha", "Tom", "Helen", "Steve", "Sarah", "James",
        "Emma", "Mohammed", "Claire", "Paul", "Nadia", "Chris", "Joanne", "Imran", "Louise", "Mark", "Kirsty", "Adam",
        "Sadia", "Gemma", "Richard", "Hannah", "Jason", "Zoe", "Amir", "Kelly", "Andrew", "Fatima", "Lisa", "Craig",
        "Natalie", "Wayne", "Becky", "Simon", "Ruth", "Kieran", "Jasmine", "Dean", "Harpreet", "Lucy", "Ian", "Samina",
        "Nathan", "Amy", "Bilal", "Stacey", "Gurpreet", "Joe", "Shabana", "Liam", "Agnieszka", "Karen", "Tariq", "Megan",
    ];

    public IReadOnlyList<Practitioner> Generate(int count, IReadOnlyList<Centre> centres, Ids ids)
    {
        var units = centres
            .SelectMany(centre => centre.Neighbourhoods.Select(n => (Unit: n.DeliveryUnit, Weight: centre.Weight * n.Weight / centre.Neighbourhoods.Sum(m => m.Weight))))
            .GroupBy(u => u.Unit)
            .Select(g => (Unit: g.Key, Weight: g.Sum(u => u.Weight)))
            .ToList();
        var names = new HashSet<string>();
        var practitioners = new List<Practitioner>(count);
        foreach (var (unit, size) in Apportion(units, count))
        {
            for (var i = 0; i < size; i++)
            {
                string name;
                do
                {
                    name = $"{random.Pick(FirstNames)} {random.Pick(surnames)}";
                }
                while (!names.Add(name));

                practitioners.Add(new Practitioner(ids.Practitioner(practitioners.Count + 1), name, unit));
            }
        }

        return practitioners;
    }

    /// <summary>Largest-remainder shares, at least one each, so the total is exact.</summary>
    private static IEnumerable<(string Unit, int Size)> Apportion(List<(string Unit, double Weight)> units, int total)
    {
        var spare = total - units.Count;
        var totalWeight = units.Sum(u => u.Weight);
        var quotas = units.Select(u => (u.Unit, Exact: spare * u.Weight / totalWeight)).ToList();
        var sizes = quotas.Select(q => 1 + (int)Math.Floor(q.Exact)).ToArray();
        var leftOver = total - sizes.Sum();
        foreach (var index in quotas.Select((q, i) => (Remainder: q.Exact - Math.Floor(q.Exact), i)).OrderByDescending(r => r.Remainder).ThenBy(r => r.i).Take(leftOver).Select(r => r.i))
        {
            sizes[index]++;
        }

        return units.Select((u, i) => (u.Unit, sizes[i]));
    }
}
