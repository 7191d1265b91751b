using GraphQL.Types;
using Rehab.Graph.Domain.Listings;

namespace Rehab.Graph.Api.Listings;

public sealed class AddressType : ObjectGraphType<Address>
{
    public AddressType()
    {
        Name = "Address";
        Description = "A postal address: street lines, then town and postcode.";
        Field(a => a.Lines).Description("Street lines, first to last; may be empty when only the town or postcode is known.");
        Field(a => a.Town, nullable: true);
        Field(a => a.Postcode, nullable: true).Description("A UK postcode, in capitals with one space: \"HU1 3AA\".");
    }
}

public sealed class ContactType : ObjectGraphType<Contact>
{
    public ContactType()
    {
        Name = "Contact";
        Description = "Who to call or write to: what a practitioner needs to make the call.";
        Field(c => c.Name, nullable: true);
        Field(c => c.Email, nullable: true);
        Field(c => c.Phone, nullable: true).Description("A UK number as written, e.g. \"01632 960123\".");
        Field(c => c.Url, nullable: true).Description("A web page, http or https.");
    }
}

public sealed record AddressInput(IReadOnlyList<string>? Lines, string? Town, string? Postcode)
{
    public Address ToAddress() => new(Lines ?? [], Town, Postcode);
}

public sealed class AddressInputType : InputObjectGraphType<AddressInput>
{
    public AddressInputType()
    {
        Name = "AddressInput";
        Description = "White space is tidied and blank parts are left out.";
        Field(i => i.Lines, typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description($"Street lines, at most {ContactRules.MaxAddressLines} of at most {ContactRules.MaxLineLength} characters.");
        Field(i => i.Town, nullable: true).Description($"At most {ContactRules.MaxLineLength} characters.");
        Field(i => i.Postcode, nullable: true).Description("A UK postcode, e.g. \"HU1 3AA\"; stored in capitals with one space.");
    }
}

public sealed record ContactInput(string? Name, string? Email, string? Phone, string? Url)
{
    public Contact ToContact() => new(Name, Email, Phone, Url);
}

public sealed class ContactInputType : InputObjectGraphType<ContactInput>
{
    public ContactInputType()
    {
        Name = "ContactInput";
        Description = "White space is tidied and blank parts are left out.";
        Field(i => i.Name, nullable: true).Description($"At most {ContactRules.MaxNameLength} characters.");
        Field(i => i.Email, nullable: true).Description("An e-mail address, e.g. \"team@example.org\".");
        Field(i => i.Phone, nullable: true).Description("A UK number of digits and spaces, starting 0 or +44, e.g. \"01632 960123\".");
        Field(i => i.Url, nullable: true).Description("An http or https address.");
    }
}
