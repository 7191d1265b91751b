using System.Globalization;
using Rehab.Graph.Domain;
using Rehab.Graph.Domain.Paging;

namespace Rehab.Graph.Features.OpenReferral;

/// <summary>A page in Open Referral UK's envelope. <see cref="Size"/> is the page size asked for, as Spring's pages have it.</summary>
public sealed record OpenReferralPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

/// <summary>Open Referral UK's <c>page</c> (from 1) and <c>per_page</c>, checked.</summary>
public sealed record OpenReferralPaging(int Page, int PerPage)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    /// <summary>So that the offset of any page asked for fits an int.</summary>
    public const int MaxPage = 1_000_000;

    public PageRequest Request => new(PerPage, (Page - 1) * PerPage);

    public static OpenReferralPaging Parse(string? page, string? perPage) =>
        new(Whole(page, "page", 1, MaxPage) ?? 1, Whole(perPage, "per_page", 1, MaxPerPage) ?? DefaultPerPage);

    public OpenReferralPage<TOut> Of<TIn, TOut>(Page<TIn> page, Func<TIn, TOut> shape) => Of(page.TotalCount, [.. page.Items.Select(shape)]);

    public OpenReferralPage<T> Of<T>(int total, IReadOnlyList<T> contents)
    {
        var pages = (int)((total + (long)PerPage - 1) / PerPage);
        return new OpenReferralPage<T>(total, pages, Page, PerPage, Page == 1, Page >= pages, contents.Count == 0, contents);
    }

    private static int? Whole(string? text, string name, int min, int max)
    {
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidInputException(name, $"'{name}' must be a whole number from {min} to {max} (got '{(text.Length <= 20 ? text : text[..20] + "...")}').");
    }
}
