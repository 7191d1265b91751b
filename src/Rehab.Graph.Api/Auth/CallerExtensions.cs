using Rehab.Graph.Domain.Access;
using Rehab.Graph.Tokens;

namespace Rehab.Graph.Api.Auth;

internal static class CallerExtensions
{
    public static Caller Caller(this global::GraphQL.IResolveFieldContext context) => TokenIssuer.CallerOf(context.User);
}
