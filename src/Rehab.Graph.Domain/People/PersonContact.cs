using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.Listings;
using Rehab.Graph.Domain.Taxonomy;

namespace Rehab.Graph.Domain.People;

/// <summary>
/// How a person on probation can be told of their referrals, as stored: the details they gave and the channels they chose
/// (<see cref="NotifyBy"/>, codes of <see cref="MessageChannel"/>). Details that came with an Immediate Justice case carry no
/// choice: the case tells the person on every channel given, and so does everything else.
/// </summary>
public sealed record PersonContact(string? Email, string? MobilePhone, string? PostalAddress, IReadOnlyList<string>? NotifyBy)
{
    public const int MaxPostalAddressLength = 300;

    /// <summary>The channels the person is told on, in the order chosen.</summary>
    public IReadOnlyList<MessageChannel> PreferredChannels => NotifyBy is { } chosen
        ? [.. chosen.Select(EnumCodes.Parse<MessageChannel>)]
        : [.. Given()];

    /// <summary>Each preferred channel with its detail: where a message to the person goes. None when they chose none.</summary>
    public IEnumerable<(MessageChannel Channel, string Recipient)> Channels() =>
        PreferredChannels.Select(c => (Channel: c, Recipient: Detail(c))).Where(c => c.Recipient is not null).Select(c => (c.Channel, c.Recipient!));

    /// <summary>
    /// Contact details as an offender manager sent them, checked, each error naming its field under <paramref name="field"/>.
    /// Without <paramref name="preferredChannels"/> the person is told on every channel given; a channel chosen needs its
    /// detail. No details at all clears them.
    /// </summary>
    public static PersonContact Validate(string? email, string? mobilePhone, string? postalAddress, IReadOnlyList<MessageChannel>? preferredChannels, string field)
    {
        var contact = new PersonContact(
            ContactRules.Email(email, $"{field}.email"),
            Mobile(mobilePhone, $"{field}.mobilePhone"),
            ContactRules.Text(postalAddress, $"{field}.postalAddress", MaxPostalAddressLength),
            null);
        var given = contact.Given().ToList();
        var chosen = preferredChannels ?? given;
        var channelsField = $"{field}.preferredChannels";
        if (chosen.Distinct().Count() != chosen.Count)
        {
            throw new InvalidInputException(channelsField, $"Each channel is given once in '{channelsField}'.");
        }

        var missing = chosen.Where(c => contact.Detail(c) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException(channelsField, $"'{channelsField}' has {EnumCodes.ToCode(missing[0])}, but no '{field}.{DetailName(missing[0])}' is given for it.");
        }

        return given.Count == 0 ? contact : contact with { NotifyBy = [.. chosen.Select(c => EnumCodes.ToCode(c))] };
    }

    /// <summary>Whether these details clear what is stored: none given.</summary>
    public bool IsEmpty => Email is null && MobilePhone is null && PostalAddress is null;

    private IEnumerable<MessageChannel> Given() =>
        new[] { MessageChannel.Email, MessageChannel.Text, MessageChannel.Letter }.Where(c => Detail(c) is not null);

    private string? Detail(MessageChannel channel) => channel switch
    {
        MessageChannel.Email => Email,
        MessageChannel.Text => MobilePhone,
        _ => PostalAddress,
    };

    private static string DetailName(MessageChannel channel) => channel switch
    {
        MessageChannel.Email => "email",
        MessageChannel.Text => "mobilePhone",
        _ => "postalAddress",
    };

    /// <summary>A UK mobile number (07..., or +44 7...): texts go to mobiles only.</summary>
    private static string? Mobile(string? phone, string field)
    {
        var text = ContactRules.Phone(phone, field);
        if (text is null)
        {
            return null;
        }

        var digits = text.Replace(" ", "", StringComparison.Ordinal);
        var national = digits.StartsWith("+44", StringComparison.Ordinal) ? "0" + digits[3..] : digits;
        return national.Length == 11 && national.StartsWith("07", StringComparison.Ordinal)
            ? text
            : throw new InvalidInputException(field, $"'{field}' must be a UK mobile number, starting 07 or +44 7, like 07700 900123 (got '{CallerText.Shown(text)}').");
    }
}
