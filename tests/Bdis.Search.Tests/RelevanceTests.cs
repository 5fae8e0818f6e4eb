using Bdis.Search.Contracts;

namespace Bdis.Search.Tests;

public sealed class RelevanceTests(DemoSearchFixture demo) : IClassFixture<DemoSearchFixture>
{
    public static TheoryData<string> Cases => new(RelevanceCases.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Expected_records_are_in_the_top_five(string name)
    {
        var test = RelevanceCases.All[name];
        var result = demo.Host.Search.Search(test.Query with { PageSize = 5 });
        var top = result.Items.Select(h => h.Name).ToList();
        foreach (var expected in test.InTop5)
        {
            Assert.True(top.Contains(expected), $"'{expected}' not in the top 5 of {name}: [{string.Join(" | ", top)}]");
        }

        if (test.First is not null)
        {
            Assert.Equal(test.First, top[0]);
        }
    }

    [Fact]
    public void The_test_set_has_at_least_forty_queries() => Assert.True(RelevanceCases.All.Count >= 40);
}
