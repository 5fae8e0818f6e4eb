namespace Bdis.Search.Tests;

/// <summary>The read-only test classes over <see cref="WhatWhereFixture"/> share one host and database.</summary>
[CollectionDefinition(Name)]
public sealed class WhatWhereCollection : ICollectionFixture<WhatWhereFixture>
{
    public const string Name = "what-where";
}
