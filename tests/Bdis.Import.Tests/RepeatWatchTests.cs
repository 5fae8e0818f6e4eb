using Bdis.Import.Staging;

namespace Bdis.Import.Tests;

/// <summary>The reader's watch for repeated keys only ever says "distinct" when the keys really are.</summary>
public sealed class RepeatWatchTests
{
    [Fact]
    public void Distinct_keys_and_bases_are_reported_distinct()
    {
        var watch = new RepeatWatch();
        for (var i = 0; i < 10_000; i++)
        {
            watch.Add("id:B" + i, "initiative-" + i, hasExternalId: true);
        }

        Assert.True(watch.IdentityKeysDistinct);
        Assert.True(watch.SlugBasesDistinct);
        Assert.True(watch.EveryRowHasExternalId);
    }

    [Fact]
    public void A_repeated_identity_key_or_base_is_noticed_separately()
    {
        var watch = new RepeatWatch();
        watch.Add("id:1", "atelier", hasExternalId: true);
        watch.Add("np:atelier|13100", "atelier", hasExternalId: false);
        Assert.True(watch.IdentityKeysDistinct);
        Assert.False(watch.SlugBasesDistinct);
        Assert.False(watch.EveryRowHasExternalId);

        watch.Add("id:1", "bazar", hasExternalId: true);
        Assert.False(watch.IdentityKeysDistinct);
        Assert.False(watch.SlugBasesDistinct);
    }

    [Fact]
    public void Text_with_surrogates_is_never_proven_distinct()
    {
        // PostgreSQL would store a lone surrogate as U+FFFD: two different strings here could be the same there.
        var watch = new RepeatWatch();
        watch.Add("id:\uD800", "a", hasExternalId: true);
        Assert.False(watch.IdentityKeysDistinct);
        Assert.True(watch.SlugBasesDistinct);
    }
}
