using System.Text;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.Listings.Import;

/// <summary>
/// Which of our need codes an Open Referral UK taxonomy term stands for. A term matches by its whole text, compared
/// without case, punctuation or '&amp;' versus "and": one of our codes ("ACCOMMODATION", "MENTAL_HEALTH"), one of
/// their labels ("Finance, benefits and debt"), or a common directory term listed here ("Housing", "Debt advice",
/// "Substance misuse"). Nothing matches on part of a term, so "Housing for older people" maps to nothing rather
/// than to a guess; seed/IMPORT.md lists the table.
/// </summary>
public static class NeedTerms
{
    /// <summary>The term that marks a service for women only (there is no such field in Open Referral UK).</summary>
    private const string WomenOnly = "women only";

    private static readonly Dictionary<string, string[]> Terms = Build(new()
    {
        ["ACCOMMODATION"] = ["Accommodation", "Housing", "Housing advice", "Housing support", "Homelessness", "Supported housing", "Supported accommodation", "Tenancy support", "Emergency accommodation"],
        ["EDUCATION_TRAINING_EMPLOYMENT"] = ["Education, training and employment", "Employment", "Employment support", "Employability", "Jobs", "Training", "Education", "Skills", "Adult learning", "Careers advice"],
        ["HEALTH"] = ["Physical health", "Health", "Healthcare", "Health services"],
        ["MENTAL_HEALTH"] = ["Mental health and wellbeing", "Mental health", "Wellbeing", "Emotional wellbeing", "Counselling"],
        ["DRUGS"] = ["Drug misuse", "Drugs", "Drug treatment", "Substance misuse", "Drugs and alcohol"],
        ["ALCOHOL"] = ["Alcohol misuse", "Alcohol", "Alcohol support", "Substance misuse", "Drugs and alcohol"],
        ["FINANCE_BENEFIT_DEBT"] = ["Finance, benefits and debt", "Finance", "Benefits", "Welfare benefits", "Debt", "Debt advice", "Money", "Money advice", "Money and debt", "Financial support"],
        ["CHILDREN_FAMILIES"] = ["Children and families", "Families", "Family support", "Parenting", "Children"],
        ["ATTITUDES_THINKING_BEHAVIOUR"] = ["Attitudes, thinking and behaviour", "Offending behaviour", "Thinking skills", "Behaviour change", "Anger management"],
        ["ABUSE_DOMESTIC_VIOLENCE"] = ["Abuse and domestic violence", "Domestic abuse", "Domestic violence", "Abuse"],
        ["SEX_WORK"] = ["Involvement in sex work", "Sex work"],
        ["RELATIONSHIPS"] = ["Relationships", "Relationship support", "Relationship counselling"],
        ["LIFESTYLE"] = ["Lifestyle and associates", "Lifestyle", "Leisure", "Social activities"],
    });

    /// <summary>The need codes a term's text stands for: none, one, or (for "Substance misuse") several.</summary>
    public static IReadOnlyList<string> Needs(string term) => Terms.GetValueOrDefault(Normalise(term), []);

    public static bool IsWomenOnly(string term) => Normalise(term) == WomenOnly;

    /// <summary>Every term and the codes it maps to, as seed/IMPORT.md documents them.</summary>
    public static IEnumerable<(string Term, IReadOnlyList<string> Needs)> All => Terms.Select(t => (t.Key, (IReadOnlyList<string>)t.Value));

    /// <summary>Lower case, "&amp;" as "and", and every run of other characters as one space: "Drugs &amp; Alcohol" is "drugs and alcohol".</summary>
    public static string Normalise(string term)
    {
        var text = new StringBuilder(term.Length);
        foreach (var c in term.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant())
        {
            text.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string[]> Build(Dictionary<string, string[]> synonyms)
    {
        var terms = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var code in NeedCodes.All)
        {
            foreach (var term in synonyms[code].Append(code))
            {
                var key = Normalise(term);
                if (!terms.TryGetValue(key, out var codes))
                {
                    terms[key] = codes = new SortedSet<string>(StringComparer.Ordinal);
                }

                codes.Add(code);
            }
        }

        return terms.ToDictionary(t => t.Key, t => t.Value.ToArray(), StringComparer.Ordinal);
    }
}
