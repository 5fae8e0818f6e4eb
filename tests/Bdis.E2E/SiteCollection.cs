namespace Bdis.E2E;

/// <summary>One host and one browser for all browser tests: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteHost>, ICollectionFixture<BrowserHost>
{
    public const string Name = "site";
}
