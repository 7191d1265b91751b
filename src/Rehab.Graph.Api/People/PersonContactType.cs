using GraphQL.Types;
using Rehab.Graph.Domain.ImmediateJustice;
using Rehab.Graph.Domain.People;

namespace Rehab.Graph.Api.People;

public sealed class PersonContactType : ObjectGraphType<PersonContact>
{
    public PersonContactType()
    {
        Name = "PersonContact";
        Description = "How a person on probation can be told of their referrals and session times. Personal data: only their offender manager and the person see it.";
        Field(c => c.Email, nullable: true);
        Field(c => c.MobilePhone, nullable: true).Description("For text messages.");
        Field(c => c.PostalAddress, nullable: true).Description("For letters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MessageChannelType>>>>("preferredChannels")
            .Description("The channels they are told on; empty when they want no messages.")
            .Resolve(c => c.Source.PreferredChannels);
    }
}

public sealed class MessageChannelType : EnumerationGraphType<MessageChannel>
{
    public MessageChannelType()
    {
        Name = "MessageChannel";
        Description = "How a message reaches a person: EMAIL, TEXT (to a mobile) or LETTER (print and post).";
    }
}

public sealed record PersonContactInput(string? Email, string? MobilePhone, string? PostalAddress, IReadOnlyList<MessageChannel>? PreferredChannels);

public sealed class PersonContactInputType : InputObjectGraphType<PersonContactInput>
{
    public PersonContactInputType()
    {
        Name = "PersonContactInput";
        Description = "All of a person's contact details, replacing what is stored; none at all clears them.";
        Field(i => i.Email, nullable: true);
        Field(i => i.MobilePhone, nullable: true).Description("A UK mobile number, for text messages.");
        Field(i => i.PostalAddress, nullable: true).Description("For letters, on one line.");
        Field(i => i.PreferredChannels, typeof(ListGraphType<NonNullGraphType<MessageChannelType>>))
            .Description("The channels they want to be told on, each with its detail given; left out, every channel given. Empty: no messages.");
    }
}
