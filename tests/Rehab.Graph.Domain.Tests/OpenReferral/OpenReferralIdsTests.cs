using Rehab.Graph.Domain.OpenReferral;

namespace Rehab.Graph.Domain.Tests.OpenReferral;

public sealed class OpenReferralIdsTests
{
    /// <summary>The values Python's uuid module gives for the recipe the docs give, so anyone can compute our UUIDs.</summary>
    [Theory]
    [InlineData("svc-0001", "ad811645-f0b4-5fa5-bbdc-215424d68a52")]
    [InlineData("org-0001", "3a404f07-ea8c-5263-a5d9-f6cb40c38c8f")]
    public void An_id_is_the_version_5_uuid_the_documented_recipe_gives(string id, string uuid)
    {
        Assert.Equal("41955950-00df-51e4-bb0e-8bb605ce77c6", OpenReferralIds.Text(OpenReferralIds.Namespace));
        Assert.Equal(uuid, OpenReferralIds.Text(OpenReferralIds.Of(id)));
    }

    [Fact]
    public void The_same_id_always_gives_the_same_uuid_and_different_ids_and_parts_different_ones()
    {
        Assert.Equal(OpenReferralIds.Of("svc-0001"), OpenReferralIds.Of("svc-0001"));
        Assert.Equal(OpenReferralIds.Of("svc-0001", "location"), OpenReferralIds.Of("svc-0001/location"));
        Guid[] distinct = [OpenReferralIds.Of("svc-0001"), OpenReferralIds.Of("svc-0002"), OpenReferralIds.Of("svc-0001", "location"), OpenReferralIds.Of("svc-0001", "schedule")];
        Assert.Equal(distinct.Length, distinct.Distinct().Count());
    }
}
